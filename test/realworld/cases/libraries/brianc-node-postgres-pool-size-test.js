// Source: brianc/node-postgres — packages/pg/test/integration/connection-pool/connection-pool-size-tests.js (testPoolSize), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: the third query's callback runs `assert(!err)` before release(); a failed query throws there and the client stays checked out
const assert = require("assert");
const helper = require("../test-helper");

const suite = new helper.Suite();

function testPoolSize(max) {
  suite.test(`${max} queries on a pool`, async () => {
    const pool = new helper.pg.Pool({ max: 10 });
    let count = 0;
    return new Promise((resolve) => {
      for (let i = 0; i < max; i++) {
        pool.connect(function (err, client, release) {
          assert(!err);
          client.query("SELECT generate_series(0, 25)", function (seriesErr, result) {
            assert.strictEqual(result.rows.length, 26);
          });
          client.query("SELECT NOW()", (queryErr) => {
            assert(!queryErr);
            release();
            if (++count === max) {
              resolve();
              pool.end();
            }
          });
        });
      }
    });
  });
}

testPoolSize(1);
testPoolSize(40);
