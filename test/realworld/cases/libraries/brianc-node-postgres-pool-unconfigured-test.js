// Source: brianc/node-postgres — packages/pg-pool/test/index.js ('works totally unconfigured'), reduced by hand, not copied
// Label: safe
// Why: test code: the query callback calls release() before it looks at the error or asserts on the rows
const expect = require("expect.js");
const { describe, it } = require("mocha");
const Pool = require("pg-pool");

describe("pool with callbacks", function () {
  it("works with no configuration", function (done) {
    const pool = new Pool();
    pool.connect(function (err, client, release) {
      if (err) return done(err);
      client.query("SELECT NOW()", function (queryErr, res) {
        release();
        if (queryErr) return done(queryErr);
        expect(res.rows).to.have.length(1);
        pool.end(done);
      });
    });
  });
});
