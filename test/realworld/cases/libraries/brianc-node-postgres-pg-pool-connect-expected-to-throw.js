// Source: brianc/node-postgres — packages/pg-pool/test/lifecycle-hooks.js ('errors out the connect call if the async connect hook rejects'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test expects the checkout to fail and drops its result; if the hook stops rejecting, the checkout succeeds, its client is held by nobody, and `pool.end()` waits for it for ever
const expect = require("expect.js");
const Pool = require("../");

describe("lifecycle hooks", () => {
  it("errors out the connect call if the async connect hook rejects", async () => {
    const pool = new Pool({
      onConnect: async (client) => {
        await client.query("SELECT INVALID HERE");
      },
    });
    try {
      await pool.connect();
      throw new Error("Expected connect to throw");
    } catch (err) {
      expect(err.message).to.contain("invalid");
    }
    await pool.end();
  });
});
