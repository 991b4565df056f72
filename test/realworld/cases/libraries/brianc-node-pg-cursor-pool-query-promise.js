// Source: brianc/node-pg-cursor — test/pool.js (poolQueryPromise), reduced by hand, not copied
// Label: safe
// Why: every callback path — connect error, read error, close error, success — calls `done` before settling the promise
const Cursor = require("pg-cursor");

const text = "SELECT generate_series AS num FROM generate_series(0, 50)";

function poolQueryPromise(pool, readRowCount) {
  return new Promise((resolve, reject) => {
    pool.connect((err, client, done) => {
      if (err) {
        done(err);
        return reject(err);
      }
      const cursor = client.query(new Cursor(text));
      cursor.read(readRowCount, (err) => {
        if (err) {
          done(err);
          return reject(err);
        }
        cursor.close((err) => {
          if (err) {
            done(err);
            return reject(err);
          }
          done();
          resolve();
        });
      });
    });
  });
}

module.exports = poolQueryPromise;
