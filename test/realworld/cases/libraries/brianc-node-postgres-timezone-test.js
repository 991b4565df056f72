// Source: brianc/node-postgres — packages/pg/test/integration/client/timezone-tests.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: the last query callback asserts on the error and on `result.rows[0]` before done(); a failed query throws there and the client is never released (pool.end() then waits for it)
const assert = require("assert");
const helper = require("./test-helper");

const pool = new helper.pg.Pool();
const suite = new helper.Suite();
const date = new Date();

pool.connect(function (err, client, done) {
  assert(!err);

  suite.test("timestamp without time zone", function (cb) {
    client.query("SELECT CAST($1 AS TIMESTAMP) AS val", [date], function (queryErr, result) {
      assert(!queryErr);
      assert.equal(result.rows[0].val.getTime(), date.getTime());
      cb();
    });
  });

  suite.test("timestamp with time zone", function (cb) {
    client.query("SELECT CAST($1 AS TIMESTAMPTZ) AS val", [date], function (queryErr, result) {
      assert(!queryErr);
      assert.equal(result.rows[0].val.getTime(), date.getTime());
      done();
      pool.end(cb);
    });
  });
});
