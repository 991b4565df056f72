// A helper of the same file that catches what its body throws cannot throw, and awaiting it cannot either when it
// returns only plain values: Kojo-Brown/boilerplate-express-ts awaits `unlockQuietly(client, key)` (a try whose catch
// logs — with a line formatted by another helper of the file — and returns false) in the finally before the release,
// and `rollbackQuietly(client)` the same way. Each valid case has an invalid twin: the catch rethrows, the helper
// returns a query's promise (its rejection escapes the try), or the helper it calls can throw.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** `helper` declared first, then a checkout whose finally awaits it (line 3 of `run`) before releasing. */
const awaitedInFinally = (helper: string) => `${helper}
async function run(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(1)");
  } finally {
    await unlockQuietly(client);
    client.release();
  }
}`;

/** A catch that awaits the helper and releases, with no finally: the Kojo-Brown rollback path. */
const awaitedInCatch = (helper: string) => `${helper}
async function run(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("COMMIT");
  } catch (err) {
    await unlockQuietly(client);
    client.release();
    throw err;
  }
  client.release();
}`;

const quiet = (catchBody: string, tryReturn = "true") => `async function unlockQuietly(client) {
  try {
    await client.query("SELECT pg_advisory_unlock(1)");
    return ${tryReturn};
  } catch (err) {
    ${catchBody}
  }
}`;

const LOGS = 'console.error("unlock failed", err);\n    return false;';
const FORMATTED = `function describe(key) {
  return \`lock \${key}\`;
}
${quiet("console.error(`failed to release ${describe(1)}`, err);\n    return false;")}`;
const THROWING_FORMAT = `function describe(key) {
  if (!key) throw new Error("no key");
  return \`lock \${key}\`;
}
${quiet("console.error(`failed to release ${describe(1)}`, err);\n    return false;")}`;

/** Line of `const client = await pool.connect();` in a case built from `helper`. */
const connectLine = (helper: string) => helper.split("\n").length + 2;

/** The withClient rewrite no-leaked-client suggests for awaitedInFinally(helper). */
const finallyRewrite = (helper: string) => `import { withClient } from "poolguard/runtime";
${helper}
async function run(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query("SELECT pg_advisory_lock(1)");
    } finally {
      await unlockQuietly(client);
    }
  });
}`;

/** The finding on awaitedInFinally(helper): the awaited helper (4 lines below the checkout) may throw. */
const throwsInFinally = (helper: string) => [
  {
    messageId: "notReleasedOnThrow" as const,
    data: { pool: "pool", line: connectLine(helper) + 4 },
    line: connectLine(helper),
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: finallyRewrite(helper) }],
  },
];

ruleTester.run("no-leaked-client: awaiting a helper that catches what it throws", rule, {
  valid: [
    { name: "awaited in the finally before the release", code: awaitedInFinally(quiet(LOGS)) },
    { name: "awaited in a catch that releases and rethrows", code: awaitedInCatch(quiet(LOGS)) },
    { name: "its catch formats the log line with a function of the same file", code: awaitedInFinally(FORMATTED) },
  ],
  invalid: [
    {
      name: "the helper's catch rethrows",
      code: awaitedInFinally(quiet("console.error(err);\n    throw err;")),
      errors: throwsInFinally(quiet("console.error(err);\n    throw err;")),
    },
    {
      name: "the helper returns a query's promise, whose rejection its try does not catch",
      code: awaitedInCatch(quiet(LOGS, 'client.query("SELECT 1")')),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: connectLine(quiet(LOGS, 'client.query("SELECT 1")')) + 5 },
          line: connectLine(quiet(LOGS, 'client.query("SELECT 1")')),
          column: 24,
        },
      ],
    },
    {
      name: "the function formatting its log line can throw",
      code: awaitedInFinally(THROWING_FORMAT),
      errors: throwsInFinally(THROWING_FORMAT),
    },
  ],
});
