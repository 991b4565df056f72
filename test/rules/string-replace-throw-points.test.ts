// A string's `replace`/`replaceAll` with text is no throw point between connect() and the try whose finally releases
// (seen in Sgordon4/GalleryServer and Ryancodeshard/FYP, where a query or a log line is tidied first). A replacer
// function, a non-global regular expression given to `replaceAll` (a TypeError) or a pattern the file cannot see
// still count. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect(), then `before` (line 3) between the acquisition and the try whose finally releases. */
const beforeTry = (before: string) => `async function load(pool, sql) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query(sql);
  } finally {
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for beforeTry(before). */
const rewritten = (before: string) => `import { withClient } from "poolguard/runtime";
async function load(pool, sql) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query(sql);
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

ruleTester.run("no-leaked-client: a string's replace before the try", rule, {
  valid: [
    { name: "replaceAll with string patterns", code: beforeTry(`sql = sql.replaceAll('"', "'");`) },
    { name: "replaceAll chained inside a log line", code: beforeTry('console.log(sql.replaceAll("\\t", "").replaceAll("\\n", " "));') },
    { name: "replace with a regular expression", code: beforeTry('sql = sql.replace(/\\s+/, " ");') },
    { name: "replaceAll with a global regular expression", code: beforeTry('sql = sql.replaceAll(/\\s+/g, " ");') },
    { name: "replacement text from a template of names", code: beforeTry("sql = sql.replace(\"$schema\", `${'app'}`);") },
  ],
  invalid: [
    {
      name: "replaceAll with a non-global regular expression throws a TypeError",
      code: beforeTry('sql = sql.replaceAll(/\\s+/, " ");'),
      errors: workBeforeTry('sql = sql.replaceAll(/\\s+/, " ");'),
    },
    {
      name: "a replacer function runs code that can throw",
      code: beforeTry("sql = sql.replace(/\\$(\\w+)/g, (m, name) => lookup(name));"),
      errors: workBeforeTry("sql = sql.replace(/\\$(\\w+)/g, (m, name) => lookup(name));"),
    },
    {
      name: "a pattern held in a variable may be a non-global regular expression",
      code: beforeTry('sql = sql.replaceAll(pattern, " ");'),
      errors: workBeforeTry('sql = sql.replaceAll(pattern, " ");'),
    },
    {
      name: "replacement text built by a call",
      code: beforeTry('sql = sql.replace("$schema", schemaName());'),
      errors: workBeforeTry('sql = sql.replace("$schema", schemaName());'),
    },
  ],
});
