// Source: brianc/node-postgres — packages/pg-pool/test/connection-timeout.js ('should callback with an error if timeout is passed'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the callback only asserts that the checkout failed and never calls `release`: if a client does come back (a server that answers in time), the assertion throws and the client stays checked out
const expect = require("expect.js");
const Pool = require("../");

describe("connection timeout", () => {
  it("should callback with an error if timeout is passed", (done) => {
    const pool = new Pool({ connectionTimeoutMillis: 10, port: 5432, host: "localhost" });
    pool.connect((err, client, release) => {
      expect(err).to.be.an(Error);
      expect(err.message).to.contain("timeout");
      expect(client).to.equal(undefined);
      done();
    });
  });
});
