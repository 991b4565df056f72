// Source: brianc/node-postgres — packages/pg-cursor/test/pool.js (poolQueryPromise), reduced by hand, not copied
// Label: safe
// Why: test helper: every callback path calls `done(err)` or `done()` before settling the promise
const Cursor = require("pg-cursor");

const text = "SELECT generate_series AS num FROM generate_series(0, 50)";

function readThenClose(pool, rowCount) {
  return new Promise((resolve, reject) => {
    pool.connect((err, client, done) => {
      if (err) {
        done(err);
        return reject(err);
      }
      const cursor = client.query(new Cursor(text));
      cursor.read(rowCount, (readErr) => {
        if (readErr) {
          done(readErr);
          return reject(readErr);
        }
        cursor.close((closeErr) => {
          if (closeErr) {
            done(closeErr);
            return reject(closeErr);
          }
          done();
          resolve();
        });
      });
    });
  });
}

module.exports = { readThenClose };
