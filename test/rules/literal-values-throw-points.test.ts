// Values built from literals alone are no throw point between connect() and the try whose finally releases
// (AA-TheCape/ROAS-Radar's tests make `new Date("2026-04-11T12:00:00.000Z")` and `"a".repeat(64)` there). A Date
// built from a value the file cannot see (its valueOf runs; a BigInt throws) and a `repeat` count that is negative
// or not a literal still count. Reading the current time off `new Date()` (Jonkor/task-manager-Postgre's
// `new Date().toISOString()`) cannot throw, nor can a Date made of such reads (saltman80/mindmapx's first of the month,
// `new Date(new Date().getFullYear(), new Date().getMonth(), 1)`); toISOString of any other Date can (an Invalid
// Date's throws), and the fields of a value the file cannot see may be a getter's. Each invalid case sits next to the
// valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect(), then `before` (line 3) between the acquisition and the try whose finally releases. */
const beforeTry = (before: string) => `async function load(pool, sql) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query(sql, [stamp]);
  } finally {
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for beforeTry(before). */
const rewritten = (before: string) => `import { withClient } from "poolguard/runtime";
async function load(pool, sql) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query(sql, [stamp]);
  });
}`;

/** The workBeforeTry finding on beforeTry(before), with its rewrite. */
const workBeforeTry = (before: string) => [
  {
    messageId: "workBeforeTry" as const,
    data: { pool: "pool", line: 3, tryLine: 4 },
    line: 2,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(before) }],
  },
];

ruleTester.run("no-leaked-client: values built from literals before the try", rule, {
  valid: [
    { name: "a Date from a string literal", code: beforeTry('const stamp = new Date("2026-04-11T12:00:00.000Z");') },
    { name: "a Date of now", code: beforeTry("const stamp = new Date();") },
    { name: "a Date from number literals", code: beforeTry("const stamp = new Date(2026, 3, -1);") },
    { name: "a Date from a template literal without expressions", code: beforeTry("const stamp = new Date(`2026-04-11`);") },
    { name: "a literal repeated a literal number of times", code: beforeTry('const stamp = "a".repeat(64);') },
    { name: "the current time as ISO text", code: beforeTry("const stamp = new Date().toISOString();") },
    { name: "the current time in milliseconds", code: beforeTry("const stamp = new Date().getTime();") },
    { name: "an hour of the current time", code: beforeTry("const stamp = new Date().getUTCHours();") },
    {
      name: "the first of the month made from the current date's fields",
      code: beforeTry("const stamp = new Date(new Date().getFullYear(), new Date().getMonth(), 1);"),
    },
  ],
  invalid: [
    {
      name: "a Date from a value the file cannot see runs its valueOf",
      code: beforeTry("const stamp = new Date(input);"),
      errors: workBeforeTry("const stamp = new Date(input);"),
    },
    {
      name: "a Date from a BigInt literal throws a TypeError",
      code: beforeTry("const stamp = new Date(10n);"),
      errors: workBeforeTry("const stamp = new Date(10n);"),
    },
    {
      name: "a Date from a template literal with an expression",
      code: beforeTry("const stamp = new Date(`${day()}T00:00Z`);"),
      errors: workBeforeTry("const stamp = new Date(`${day()}T00:00Z`);"),
    },
    {
      name: "a Date from a string literal may be invalid, and toISOString throws then",
      code: beforeTry('const stamp = new Date("soon").toISOString();'),
      errors: workBeforeTry('const stamp = new Date("soon").toISOString();'),
    },
    {
      name: "toISOString of a Date the file cannot see may be an Invalid Date's",
      code: beforeTry("const stamp = due.toISOString();"),
      errors: workBeforeTry("const stamp = due.toISOString();"),
    },
    {
      name: "the fields of a value the file cannot see may be a getter's, or no Date's",
      code: beforeTry("const stamp = new Date(due.getFullYear(), due.getMonth(), 1);"),
      errors: workBeforeTry("const stamp = new Date(due.getFullYear(), due.getMonth(), 1);"),
    },
    {
      name: "the fields of a Date made from a value the file cannot see run its valueOf",
      code: beforeTry("const stamp = new Date(new Date(input).getFullYear(), 0, 1);"),
      errors: workBeforeTry("const stamp = new Date(new Date(input).getFullYear(), 0, 1);"),
    },
    {
      name: "a negative count throws a RangeError",
      code: beforeTry('const stamp = "a".repeat(-1);'),
      errors: workBeforeTry('const stamp = "a".repeat(-1);'),
    },
    {
      name: "a count held in a variable may be negative",
      code: beforeTry('const stamp = "a".repeat(width);'),
      errors: workBeforeTry('const stamp = "a".repeat(width);'),
    },
  ],
});
