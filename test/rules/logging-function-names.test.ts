// A call of a function named for logging is no throw point, in camelCase or snake_case: Worklenz's cron tick unlocks
// its advisory lock in the finally, logs a failed unlock with `log_error(error)` (imported from its utils) and then
// releases. Another snake_case helper in the same place (`report_error(error)`) may throw past the release.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const tick = (logger: string) => `import { Pool } from "pg";
import { ${logger} } from "./utils";
const pool = new Pool();
export async function tick() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    try {
      await client.query("SELECT pg_advisory_unlock(1)");
    } catch (error) {
      ${logger}(error);
    }
    client.release();
  }
}
`;

ruleTester.run("no-leaked-client: logging functions named in snake_case", rule, {
  valid: [
    { name: "log_error in the catch before the release", code: tick("log_error") },
    { name: "logError in the catch before the release", code: tick("logError") },
  ],
  invalid: [
    {
      name: "report_error in the catch before the release",
      code: tick("report_error"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { Pool } from "pg";
import { report_error } from "./utils";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function tick() {
  await withClient(pool, async (client) => {
    try {
      await client.query("SELECT 1");
    } finally {
      try {
        await client.query("SELECT pg_advisory_unlock(1)");
      } catch (error) {
        report_error(error);
      }
    }
  });
}
`,
            },
          ],
        },
      ],
    },
  ],
});
