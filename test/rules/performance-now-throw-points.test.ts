// no-leaked-client: `performance.now()` reads a monotonic clock and never throws, like `Date.now()`, so timing the
// checkout between connect() and the try is no throw point (thevishwakarma1994/thevishwakarma_finance-app's readiness
// probe adds `performance.now() - acquireStarted` to a field before its try). `performance.mark(name)` throws for
// some names (a built-in timing's) and options: its twin stays reported.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A probe timing its checkout: `timing` (line 6) runs between connect() (line 5) and the try (line 7). */
const probe = (timing: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function timedProbe(timings) {
  const started = performance.now();
  const client = await pool.connect();
  ${timing};
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;

const REWRITTEN_MARK = `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function timedProbe(timings) {
  const started = performance.now();
  await withClient(pool, async (client) => {
    performance.mark("acquired");
    await client.query("SELECT 1");
  });
}`;

ruleTester.run("no-leaked-client: performance.now() before the try", rule, {
  valid: [
    { name: "the checkout is timed with performance.now(): it cannot throw", code: probe("timings.acquireMs += performance.now() - started") },
  ],
  invalid: [
    {
      name: "performance.mark() can throw (a built-in timing's name): still a throw point",
      code: probe('performance.mark("acquired")'),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 6, tryLine: 7 },
          line: 5,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: REWRITTEN_MARK }],
        },
      ],
    },
  ],
});
