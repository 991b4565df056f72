// `client.query(…)` itself does not throw: pg hands its errors to the returned promise (or the callback), so an
// un-awaited query between connect() and the try whose finally releases skips no release. Awaiting it, or a call
// that builds its arguments, can throw there. A query given no text at all throws at once ("Client was passed a null
// or undefined query"), even inside a promise chain whose handlers release (brianc/node-postgres#1597). Each invalid
// case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect(), then `before` (line 3) between the acquisition and the try whose finally releases. */
const beforeTry = (before: string) => `async function load(pool, input) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for beforeTry(before). */
const rewritten = (before: string) => `import { withClient } from "poolguard/runtime";
async function load(pool, input) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query("SELECT 1");
  });
}`;

/** pg's promise example around `query` (brianc/node-postgres#1597's helper): both handlers of its chain release. */
const QUERY_CHAIN = (query: string) => `function run(pool, sql, callback) {
  pool
    .connect()
    .then((client) => {
      return ${query}
        .then((result) => {
          client.release();
          callback(null, result.rows);
        }, (err) => {
          client.release();
          callback(err);
        });
    })
    .catch((err) => console.log("Issue", err));
}`;

ruleTester.run("no-leaked-client: queries before the try", rule, {
  valid: [
    { name: "an un-awaited query before the try", code: beforeTry('client.query("SET search_path TO app");') },
    { name: "an un-awaited query with a literal config object", code: beforeTry('client.query({ text: "SET search_path TO app" });') },
    { name: "a callback-style query before the try", code: beforeTry('client.query("SET search_path TO app", () => {});') },
    { name: "a query chain whose handlers both release (the pg docs' promise example)", code: QUERY_CHAIN("client.query(sql)") },
  ],
  invalid: [
    {
      name: "an awaited query before the try",
      code: beforeTry('await client.query("SET search_path TO app");'),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 3, tryLine: 4 },
          line: 2,
          column: 24,
          suggestions: [
            { messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewritten('await client.query("SET search_path TO app");') },
          ],
        },
      ],
    },
    {
      name: "an un-awaited query whose argument is built by a call",
      code: beforeTry("client.query(buildSearchPath(input));"),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 3, tryLine: 4 },
          line: 2,
          column: 24,
          suggestions: [
            { messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewritten("client.query(buildSearchPath(input));") },
          ],
        },
      ],
    },
    {
      name: "an un-awaited query given no text throws at once",
      code: beforeTry("client.query();"),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 3, tryLine: 4 },
          line: 2,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewritten("client.query();") }],
        },
      ],
    },
    {
      name: "a query given no text throws before its chain of releasing handlers exists",
      code: QUERY_CHAIN("client.query()"),
      // It throws at once (no promise is made), so the message says the call throws.
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 2, column: 3, suggestions: [] }],
    },
  ],
});
