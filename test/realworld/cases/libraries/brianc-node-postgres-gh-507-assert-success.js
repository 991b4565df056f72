// Source: brianc/node-postgres — packages/pg/test/integration/gh-issues/507-tests.js ('parsing array results'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test helper's `assert.success(fn)` checks the error and calls fn(client, done); an assert.equal in the last query's callback fails before done(), and `pool.end()` then waits for that client for ever
const helper = require("../test-helper");
const pg = helper.pg;
const assert = require("assert");

new helper.Suite().test("parsing array results", function (cb) {
  const pool = new pg.Pool();
  pool.connect(
    assert.success(function (client, done) {
      client.query('CREATE TEMP TABLE things(a integer, "b\'s" integer)');
      client.query('INSERT INTO things(a, "b\'s") VALUES (1, 1), (2, 2)');
      client.query("SELECT * FROM things", function (err, res) {
        assert.equal(res.rows[0]["b's"], 1);
        assert.equal(res.rows[1]["b's"], 2);
        done();
        pool.end(cb);
      });
    }),
  );
});
