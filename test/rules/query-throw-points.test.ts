// `client.query(…)` itself does not throw: pg hands its errors to the returned promise (or the callback), so an
// un-awaited query between connect() and the try whose finally releases skips no release. Awaiting it, or a call
// that builds its arguments, can throw there. Each invalid case sits next to the valid twin it differs from.
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

ruleTester.run("no-leaked-client: queries before the try", rule, {
  valid: [
    { name: "an un-awaited query before the try", code: beforeTry('client.query("SET search_path TO app");') },
    { name: "an un-awaited query with a literal config object", code: beforeTry('client.query({ text: "SET search_path TO app" });') },
    { name: "a callback-style query before the try", code: beforeTry('client.query("SET search_path TO app", () => {});') },
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
  ],
});
