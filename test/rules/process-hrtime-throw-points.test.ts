// no-leaked-client: `process.hrtime.bigint()` and `process.hrtime()` with no argument read the monotonic clock and
// never throw, like `performance.now()`, so timing a migration between connect() and the try is no throw point
// (Khomurod/bot-backend's runner, at-large round ten). `process.hrtime(previous)` throws for a `previous` that is no
// `[seconds, nanoseconds]` pair: its twin stays reported.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A migration timed from its checkout: `timing` (line 5) runs between connect() (line 4) and the try (line 6). */
const runner = (timing: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function apply(migration, since) {
  const client = await pool.connect();
  const started = ${timing};
  try {
    await client.query(migration.sql);
  } finally {
    client.release();
  }
  return started;
}`;

const REWRITTEN_DIFF = `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function apply(migration, since) {
  const started = await withClient(pool, async (client) => {
    const started = process.hrtime(since);
    await client.query(migration.sql);
    return started;
  });
  return started;
}`;

ruleTester.run("no-leaked-client: process.hrtime() before the try", rule, {
  valid: [
    { name: "process.hrtime.bigint() reads the clock: it cannot throw", code: runner("process.hrtime.bigint()") },
    { name: "process.hrtime() with no argument reads the clock: it cannot throw", code: runner("process.hrtime()") },
  ],
  invalid: [
    {
      name: "process.hrtime(since) throws for a `since` that is no [seconds, nanoseconds] pair: still a throw point",
      code: runner("process.hrtime(since)"),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 5, tryLine: 6 },
          line: 4,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: REWRITTEN_DIFF }],
        },
      ],
    },
  ],
});
