// Source: brianc/node-postgres — packages/pg/test/integration/client/api-tests.js ('query timeout'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: promise checkout, callback query whose callback is wrapped by `assert.calls(…)`: the two asserts before `client.release()` throw when the timeout does not happen, and the release is skipped
const assert = require("assert");
const pg = require("pg");
const helper = require("./test-helper");

const suite = new helper.Suite();

suite.test("query timeout", (cb) => {
  const pool = new pg.Pool({ query_timeout: 1000 });
  pool.connect().then((client) => {
    client.query(
      "SELECT pg_sleep(2)",
      assert.calls(function (err) {
        assert(err);
        assert(err.message === "Query read timeout");
        client.release();
        pool.end(cb);
      }),
    );
  });
});
