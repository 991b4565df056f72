// `const client = provided || await pool.connect()` with `const useTransaction = !provided` beside it: the code tests
// the flag, not the caller's variable, to decide whether to release (dsupina/dprogres-cms's Stripe webhook handlers).
// Each test of the flag says whether the fresh checkout is held. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const handler = (flag: string, guard: string) => `async function handle(pool, provided) {
  const client = provided || (await pool.connect());
  const ${flag};
  try {
    if (${guard}) await client.query("BEGIN");
    await client.query("UPDATE t SET n = n + 1");
    if (${guard}) await client.query("COMMIT");
  } catch (error) {
    if (${guard}) await client.query("ROLLBACK");
    throw error;
  } finally {
    if (${guard}) client.release();
  }
}`;

ruleTester.run("no-leaked-client: a flag that says whether the fallback checkout is held", rule, {
  valid: [
    { name: "`const useTransaction = !provided`, tested before each release", code: handler("useTransaction = !provided", "useTransaction") },
    { name: "`const borrowed = !!provided`, tested negated", code: handler("borrowed = !!provided", "!borrowed") },
  ],
  invalid: [
    {
      name: "the release tests the flag the wrong way round: the fresh checkout is never given back",
      code: handler("borrowed = !!provided", "borrowed"),
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 14 }, line: 2, column: 37, suggestions: [] }],
    },
    {
      name: "a flag-guarded release after an unprotected query",
      code: `async function handle(pool, provided) {
  const client = provided || (await pool.connect());
  const useTransaction = !provided;
  const result = await client.query("SELECT 1");
  if (useTransaction) client.release();
  return result.rows;
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 37, suggestions: [] }],
    },
  ],
});
