// Source: brianc/node-postgres — packages/pg-cursor/test/pool.js ('can close multiple times on a pool', the `run` helper), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits in the innermost cursor callback after `assert.ifError(err)`; a failed read or close throws there, the promise never settles and the client is never released
const assert = require("assert");
const Cursor = require("pg-cursor");
const pg = require("pg");

const text = "SELECT generate_series AS num FROM generate_series(0, 50)";

it("can close multiple times on a pool", async function () {
  const pool = new pg.Pool({ max: 1 });
  const run = async () => {
    const cursor = new Cursor(text);
    const client = await pool.connect();
    client.query(cursor);
    await new Promise((resolve) => {
      cursor.read(25, function (readErr) {
        assert.ifError(readErr);
        cursor.close(function (closeErr) {
          assert.ifError(closeErr);
          client.release();
          resolve();
        });
      });
    });
  };
  await Promise.all([run(), run(), run()]);
  await pool.end();
});
