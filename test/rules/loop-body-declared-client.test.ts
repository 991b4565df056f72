// A retry loop whose body declares the client's variable before the checkout (`let client = null`, then `client =
// await pool.connect()` in a `try` whose `finally` releases `if (client)`) starts every turn with a fresh binding:
// when a later turn's connect() throws, its `finally` sees null, not the client the turn before released
// (Jonmichaelpsmith/ClinicalSageAI's ResilientPool.query and .transaction). Declared once before the loop, the same
// code releases the earlier turn's client a second time, and pg throws. So does a `var client;` in the body, which
// keeps its value from turn to turn, while a `let client;` starts each turn undefined (thew0lf/avnz-portal's retried
// migrate()). Each valid case sits next to its invalid twin; the valid cases were reported (doubleRelease) before the
// declaration counted as a write.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const retrying = (declaredInBody: string, declaredBefore: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function query(text) {
  let retries = 0;${declaredBefore}
  while (retries <= 3) {${declaredInBody}
    try {
      const startTime = Date.now();
      client = await pool.connect();
      return await client.query(text);
    } catch (err) {
      if (retries >= 3) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** retries));
      retries++;
    } finally {
      if (client) {
        client.release();
      }
    }
  }
  throw new Error("Failed to execute query after retries");
}`;

ruleTester.run("no-use-after-release: a client variable declared in a retry loop's body", rule, {
  valid: [
    { name: "`let client = null` in the loop's body: each turn's own binding", code: retrying("\n    let client = null;", "") },
    { name: "`var client = null` in the loop's body: the initialiser runs each turn", code: retrying("\n    var client = null;", "") },
    { name: "`let client;` in the loop's body: each turn's own binding, undefined", code: retrying("\n    let client;", "") },
  ],
  invalid: [
    {
      name: "`let client = null` before the loop: a turn whose connect() throws releases the earlier turn's client again",
      code: retrying("", "\n  let client = null;"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 19 }, line: 19, column: 9 }],
    },
    {
      name: "`var client;` in the loop's body: no initialiser, so a turn keeps the earlier turn's released client",
      code: retrying("\n    var client;", ""),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 19 }, line: 19, column: 9 }],
    },
  ],
});
