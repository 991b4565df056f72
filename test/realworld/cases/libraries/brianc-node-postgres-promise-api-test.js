// Source: brianc/node-postgres — packages/pg/test/integration/client/query-as-promise-tests.js ('promise API'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: nested promise chains with no rejection handler on the first query: if it rejects (or its assert throws), the innermost `client.release()` is never reached
const assert = require("assert");
const pg = require("pg");
const helper = require("./test-helper");

const suite = new helper.Suite();

suite.test("promise API", (cb) => {
  const pool = new pg.Pool();
  pool.connect().then((client) => {
    client
      .query("SELECT $1::text AS name", ["foo"])
      .then(function (result) {
        assert.equal(result.rows[0].name, "foo");
        return client;
      })
      .then(function (client) {
        client.query("ALKJSDF").catch(function (e) {
          assert(e instanceof Error);
          client.query("SELECT 1 AS num").then(function (result) {
            assert.equal(result.rows[0].num, 1);
            client.release();
            pool.end(cb);
          });
        });
      });
  });
});
