// no-use-after-release: a release that leaves its flag unset. Code that keeps `released` beside its releases is trusted
// at `finally { if (!released) client.release() }`, but an early release with no `released = true` beside it leaves
// the flag false, so the finally releases a second time (corpus, leaks people reported round fourteen:
// vodxjpg/trapigram's change-status PATCH before 40eb3474, whose no-op branch releases and returns). Each invalid
// case sits next to its valid twin.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** The route's shape: a no-op branch that releases early, a release after COMMIT, the flag-guarded finally. */
const route = (noOpRelease: string, helper = "") =>
  `import { Pool } from "pg";
const pool = new Pool();
export async function patch(id, status) {
  const client = await pool.connect();
  let released = false;${helper}
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT status FROM orders WHERE id = $1 FOR UPDATE", [id]);
    const unchanged = rows[0].status === status;
    if (unchanged) {
      await client.query("ROLLBACK");
      ${noOpRelease}
    }
    await client.query("UPDATE orders SET status = $1 WHERE id = $2", [status, id]);
    await client.query("COMMIT");
    client.release(); released = true;
    return { id, status };
  } finally {
    if (!released) client.release();
  }
}`;

ruleTester.run("no-use-after-release: a release that leaves its flag unset", rule, {
  valid: [
    {
      name: "the early release sets the flag beside it (40eb3474's fix): the finally's guarded release is skipped",
      code: route("client.release(); released = true;\n      return { id, status };"),
    },
    {
      name: "the flag is also set away from any release (a helper): which releases set it is not known, so the guard stays trusted",
      code: route("client.release(); markReleased();\n      return { id, status };", "\n  const markReleased = () => { released = true; };"),
    },
  ],
  invalid: [
    {
      name: "the early release leaves the flag false: the finally releases the client a second time",
      code: route("client.release();\n      return { id, status };"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 12 }, line: 20, column: 20 }],
    },
  ],
});
