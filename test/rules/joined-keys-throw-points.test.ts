// Joining `Object.keys(…)` with a literal separator is no throw point: the keys are strings (Passionfroot/postgres-mcp
// logs the session variables' names with `Object.keys(options.sessionVars).join(", ")` in the catch of the reset that
// comes before its release in the finally). Any other array's `join` stays one — the receiver may be undefined, or
// hold values whose `toString` throws — and so does a join whose separator is not a string literal. Each invalid case
// sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** The MCP server's query: connect() on line 2; the finally resets the session, logging `logged` (line 9) when that fails. */
const resetThenRelease = (logged: string) => `async function executeQuery(pool, sql, vars, names, sep) {
  const client = await pool.connect();
  try {
    return await client.query(sql);
  } finally {
    try {
      await client.query("RESET ALL");
    } catch (err) {
      logger.warn("Failed to reset session state", { keys: ${logged} });
    }
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for resetThenRelease(logged). */
const rewritten = (logged: string) => `import { withClient } from "poolguard/runtime";
async function executeQuery(pool, sql, vars, names, sep) {
  return await withClient(pool, async (client) => {
    try {
      return await client.query(sql);
    } finally {
      try {
        await client.query("RESET ALL");
      } catch (err) {
        logger.warn("Failed to reset session state", { keys: ${logged} });
      }
    }
  });
}`;

const notReleasedOnThrow = (logged: string) => [
  {
    messageId: "notReleasedOnThrow" as const,
    data: { pool: "pool", line: 9 },
    line: 2,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(logged) }],
  },
];

ruleTester.run("no-leaked-client: joining Object.keys is no throw point", rule, {
  valid: [
    { name: "Object.keys(vars).join with a literal separator", code: resetThenRelease('Object.keys(vars).join(", ")') },
    { name: "Object.keys(vars).join with no separator", code: resetThenRelease("Object.keys(vars).join()") },
  ],
  invalid: [
    {
      name: "another array's join may throw (its receiver may be undefined)",
      code: resetThenRelease('names.join(", ")'),
      errors: notReleasedOnThrow('names.join(", ")'),
    },
    {
      name: "a separator that is not a string literal may throw when converted",
      code: resetThenRelease("Object.keys(vars).join(sep)"),
      errors: notReleasedOnThrow("Object.keys(vars).join(sep)"),
    },
    {
      name: "Object.values' elements may not be strings",
      code: resetThenRelease('Object.values(vars).join(", ")'),
      errors: notReleasedOnThrow('Object.values(vars).join(", ")'),
    },
  ],
});
