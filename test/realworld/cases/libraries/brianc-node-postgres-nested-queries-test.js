// Source: brianc/node-postgres — packages/pg/test/integration/client/api-tests.js ('executing nested queries'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: connect callback wrapped in `assert.calls(…)`; the first query callback reads `result.rows[0]` without checking its error, which throws before the innermost callback's `release()`
const assert = require("assert");
const pg = require("pg");
const helper = require("./test-helper");

const suite = new helper.Suite();

suite.test("executing nested queries", function (done) {
  const pool = new pg.Pool();
  pool.connect(
    assert.calls(function (err, client, release) {
      assert(!err);
      client.query(
        "select now as now from NOW()",
        assert.calls(function (queryErr, result) {
          assert.equal(new Date().getYear(), result.rows[0].now.getYear());
          client.query(
            "select now as now_again FROM NOW()",
            assert.calls(function () {
              release();
              pool.end(done);
            }),
          );
        }),
      );
    }),
  );
});
