// A `try` with a `finally` that does not release, and the release after the statement (node-red-contrib-postgres-
// multi's loop, whose catch only logs): ESLint guesses that the `catch` (or a `try` without one) may throw anywhere,
// and draws an edge from it into the path that leaves through the `finally`; the analysis models which calls throw
// itself, so only a real throw point, `throw` or `return` makes that path leave holding the client. Each invalid case
// sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect() on line 2; a try (line 3) whose catch holds `handler` (line 6) and whose finally only counts. */
const withCatch = (handler: string) => `async function run(pool, sql, stats) {
  const client = await pool.connect();
  try {
    await client.query(sql);
  } catch (error) {
    ${handler}
  } finally {
    stats.runs += 1;
  }
  client.release();
}`;

/** connect() on line 2; a try without catch around `body` (line 4). */
const withoutCatch = (body: string) => `async function run(pool, sql, stats) {
  const client = await pool.connect();
  try {
    ${body}
  } finally {
    stats.runs += 1;
  }
  client.release();
}`;

/** The same code, rewritten to withClient: the suggestion no-leaked-client offers. */
const rewrittenWithCatch = (handler: string) => `import { withClient } from "poolguard/runtime";
async function run(pool, sql, stats) {
  await withClient(pool, async (client) => {
    try {
      await client.query(sql);
    } catch (error) {
      ${handler}
    } finally {
      stats.runs += 1;
    }
  });
}`;

ruleTester.run("no-leaked-client: a finally that does not release, then the release", rule, {
  valid: [
    { name: "the catch only logs", code: withCatch("console.error(error);") },
    { name: "the catch counts into an array and logs through a logger", code: withCatch("stats.errors.push(error);\n    logger.warn(error);") },
    { name: "a try without catch whose block cannot throw", code: withoutCatch("console.log(sql);") },
    {
      name: "in a loop whose catch logs (node-red-contrib-postgres-multi)",
      code: `async function run(pool, queries) {\n  const client = await pool.connect();\n  for (const sql of queries) {\n    try {\n      await client.query(sql);\n    } catch (error) {\n      console.error(error);\n    } finally {\n      queries.done += 1;\n    }\n  }\n  client.release();\n}`,
    },
  ],
  invalid: [
    {
      name: "the catch awaits work that may throw",
      code: withCatch("await report(error);"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 2,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewrittenWithCatch("await report(error);") }],
        },
      ],
    },
    {
      name: "the catch rethrows",
      code: withCatch("throw error;"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 4 },
          line: 2,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewrittenWithCatch("throw error;") }],
        },
      ],
    },
    {
      name: "a try without catch whose block may throw",
      code: withoutCatch("await client.query(sql);"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 4 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { withClient } from "poolguard/runtime";\nasync function run(pool, sql, stats) {\n  await withClient(pool, async (client) => {\n    try {\n      await client.query(sql);\n    } finally {\n      stats.runs += 1;\n    }\n  });\n}`,
            },
          ],
        },
      ],
    },
  ],
});
