// Source: brianc/node-pg-cursor — test/pool.js ("can close multiple times on a pool"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `assert.ifError(err)` throws inside the read and close callbacks before `client.release()`; a failing read or close keeps the client (the promise is not even awaited)
const assert = require("assert");
const Cursor = require("pg-cursor");
const pg = require("pg");

it("can close multiple times on a pool", async function () {
  const pool = new pg.Pool({ max: 1 });
  const run = async () => {
    const cursor = new Cursor("SELECT generate_series AS num FROM generate_series(0, 50)");
    const client = await pool.connect();
    client.query(cursor);
    new Promise((resolve) => {
      cursor.read(25, function (err) {
        assert.ifError(err);
        cursor.close(function (err) {
          assert.ifError(err);
          client.release();
          resolve();
        });
      });
    });
  };
  await Promise.all([run(), run(), run()]);
  await pool.end();
});
