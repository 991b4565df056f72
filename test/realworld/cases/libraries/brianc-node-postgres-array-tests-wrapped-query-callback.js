// Source: brianc/node-postgres — packages/pg/test/integration/client/array-tests.js (the 'nulls' and 'cleanup' tests), reduced by hand, not copied
// Label: safe
// Why: each query's callback is wrapped by the test helper (`assert.success(fn)` returns the callback pg calls), so the query is callback-style, not a dropped promise; the client goes back in the suite's last test, after every query has called back
const helper = require("./test-helper");
const pg = helper.pg;
const assert = require("assert");

const suite = new helper.Suite();
const pool = new pg.Pool();

pool.connect(
  assert.calls(function (err, client, release) {
    assert(!err);

    suite.test("nulls", function (done) {
      client.query(
        "SELECT $1::text[] as array",
        [[null]],
        assert.success(function (result) {
          assert.isNull(result.rows[0].array[0]);
          done();
        }),
      );
    });

    suite.test("cleanup", () => release());
  }),
);
