// `console.time(label)`, `console.timeEnd(label)` and console's other output methods (counters, groups, tables) print
// and return, like `console.log`: they are no throw points (BenLubar/nodebb-postgres-converter times each query with
// `console.time(label)` between the checkout and the try whose finally releases). Only `console` counts: the same
// method names on another receiver stay calls that may throw. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** The converter's query helper: connect() on line 2, then `between` (line 3) before the try that releases. */
const timed = (between: string) => `async function run(label, pool, text) {
  const client = await pool.connect();
  ${between}
  try {
    await client.query(text);
  } finally {
    console.timeEnd(label);
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for timed(between). */
const rewritten = (between: string) => `import { withClient } from "poolguard/runtime";
async function run(label, pool, text) {
  await withClient(pool, async (client) => {
    ${between}
    try {
      await client.query(text);
    } finally {
      console.timeEnd(label);
    }
  });
}`;

const workBeforeTry = (between: string) => [
  {
    messageId: "workBeforeTry" as const,
    data: { pool: "pool", line: 3, tryLine: 4 },
    line: 2,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(between) }],
  },
];

ruleTester.run("no-leaked-client: console's timers and counters are no throw points", rule, {
  valid: [
    { name: "console.time before the try", code: timed("console.time(label);") },
    { name: "console.count and console.group before the try", code: timed("console.count(label); console.group(label);") },
    { name: "console.table of the arguments", code: timed("console.table([text]);") },
  ],
  invalid: [
    {
      name: "time() on a metrics object may throw",
      code: timed("metrics.time(label);"),
      errors: workBeforeTry("metrics.time(label);"),
    },
    {
      name: "a counter that is not console's",
      code: timed("stats.count(label);"),
      errors: workBeforeTry("stats.count(label);"),
    },
  ],
});
