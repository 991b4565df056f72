// no-use-after-release: after the release, a test may compare the client with another (`expect(client).to.equal(
// client2)`): an assertion given the client only reads the reference (corpus: brianc/node-postgres's pg-pool tests,
// events.js and max-uses.js); so does one of its members read, not called, as an assertion's argument (`expect(
// client.release).toHaveBeenCalled()`, a mock's record: Zehelein/pg-transactional-outbox's tests). Handing it to any
// other call, calling a member, or using it through an assertion's argument, is still a use. Each invalid case sits
// next to its valid twin.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** A pg-pool test: one checkout, released, then `check` runs with the client. */
const poolTest = (check: string) => `const Pool = require("pg-pool");
it("gives the same client back", async () => {
  const pool = new Pool({ max: 1 });
  const client = await pool.connect();
  client.release();
  const client2 = await pool.connect();
  ${check}
  client2.release();
  await pool.end();
});`;

ruleTester.run("no-use-after-release: assertions about a released client", rule, {
  valid: [
    { name: "expect(client) compares identities", code: poolTest("expect(client).to.equal(client2);") },
    { name: "the client as a matcher's argument on an expect chain", code: poolTest("expect(client2).not.to.equal(client);") },
    { name: "assert.strictEqual given the client", code: poolTest("assert.strictEqual(client, client2);") },
    { name: "a member read as expect's argument (a mock's record)", code: poolTest('expect(client.query).toHaveBeenCalledWith("COMMIT");') },
    { name: "a member read as assert's argument", code: poolTest("assert.ok(client.connection);") },
  ],
  invalid: [
    {
      name: "handed to an ordinary call after the release",
      code: poolTest("inspect(client);"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 7, column: 11 }],
    },
    {
      name: "a query inside an assertion's argument is a use",
      code: poolTest('expect(await client.query("SELECT 1")).to.be.ok();'),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 7, column: 16 }],
    },
    {
      name: "a member read into an ordinary call",
      code: poolTest("inspect(client.query);"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 7, column: 11 }],
    },
    {
      name: "a member called inside expect's argument",
      code: poolTest("expect(client.escapeLiteral(\"x\")).to.be.ok();"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 7, column: 10 }],
    },
  ],
});
