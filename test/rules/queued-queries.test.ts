// A bare `client.query("BEGIN")` is still reported (docs/rules/no-unawaited-client-work.md says why), but when every
// path then awaits a query on the same client before the release, the client cannot go back while it runs: the
// message (`queued`) says what does go wrong. Any path that reaches the release without such an await keeps the
// pool-hazard message (`unawaited`). Each invalid case sits next to the twin that differs by that one path.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** The client held in try/finally; `body` from line 6 on, indented 4. */
const held = (body: string) => `import { Pool } from "pg";
const pool = new Pool();
async function save(input: { ok: boolean; rows: number[] }) {
  const client = await pool.connect();
  try {
${body.split("\n").map((line) => `    ${line}`).join("\n")}
  } finally {
    client.release();
  }
}`;

/** BEGIN un-awaited, then a transaction whose catch awaits ROLLBACK; `middle` sits between BEGIN and the INSERT. */
const transaction = (middle: string, begin = 'client.query("BEGIN");') =>
  held(`try {
  ${begin}
${middle.split("\n").map((line) => `  ${line}`).join("\n")}
  await client.query("INSERT INTO t SELECT unnest($1::int[])", [input.rows]);
  await client.query("COMMIT");
} catch (error) {
  await client.query("ROLLBACK");
  throw error;
}`);

const queuedError = (output: string) => ({
  messageId: "queued" as const,
  data: { work: "client.query(…)", client: "client" },
  line: 7,
  column: 7,
  suggestions: [{ messageId: "addAwait" as const, output }],
});

const poolHazardError = (output: string) => ({ ...queuedError(output), messageId: "unawaited" as const });

ruleTester.run("no-unawaited-client-work: a query queued behind by an awaited one", rule, {
  valid: [{ name: "BEGIN awaited", code: transaction("", 'await client.query("BEGIN");') }],
  invalid: [
    {
      name: "BEGIN followed by awaited queries, and by ROLLBACK in the catch",
      code: transaction('if (!input.ok) throw new Error("bad input");'),
      errors: [queuedError(transaction('if (!input.ok) throw new Error("bad input");', 'await client.query("BEGIN");'))],
    },
    {
      name: "BEGIN then an early return that reaches the release first",
      code: transaction("if (!input.ok) return;"),
      errors: [poolHazardError(transaction("if (!input.ok) return;", 'await client.query("BEGIN");'))],
    },
    {
      name: "BEGIN then a throw whose catch releases before any await",
      code: held('try {\n  client.query("BEGIN");\n  check(input);\n  await client.query("COMMIT");\n} catch (error) {\n  client.release();\n  throw error;\n}'),
      errors: [
        poolHazardError(held('try {\n  await client.query("BEGIN");\n  check(input);\n  await client.query("COMMIT");\n} catch (error) {\n  client.release();\n  throw error;\n}')),
      ],
    },
    {
      name: "BEGIN then work that can throw, without a catch",
      code: held('client.query("BEGIN");\ncheck(input);\nawait client.query("COMMIT");'),
      errors: [
        {
          ...poolHazardError(held('await client.query("BEGIN");\ncheck(input);\nawait client.query("COMMIT");')),
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: "BEGIN then the awaited query on one branch only",
      code: held('client.query("BEGIN");\nif (input.ok) await client.query("COMMIT");'),
      errors: [{ ...poolHazardError(held('await client.query("BEGIN");\nif (input.ok) await client.query("COMMIT");')), line: 6, column: 5 }],
    },
    {
      name: "BEGIN followed directly by an awaited query",
      code: held('client.query("BEGIN");\nawait client.query("COMMIT");'),
      errors: [{ ...queuedError(held('await client.query("BEGIN");\nawait client.query("COMMIT");')), line: 6, column: 5 }],
    },
  ],
});

/** A callback checkout; `body` from line 5 on, indented 2. */
const calledBack = (body: string) => `import { Pool } from "pg";
const pool = new Pool();
pool.connect((err, client, done) => {
  if (err) return;
${body.split("\n").map((line) => `  ${line}`).join("\n")}
});`;

const calledBackError = (kind: "queued" | "unawaited", line: number) => ({
  messageId: kind,
  data: { work: "client.query(…)", client: "client" },
  line,
  column: 3,
  suggestions: [],
});

// pg's own tests send their set-up queries bare, then the query whose callback calls done(): pg calls back once the
// queries sent before it have run, so that callback holds the client as an awaited query does.
ruleTester.run("no-unawaited-client-work: a query queued behind a callback query that releases", rule, {
  valid: [],
  invalid: [
    {
      name: "set-up queries sent bare, then the query whose callback releases",
      code: calledBack(
        'client.query("CREATE TEMP TABLE t (n int)");\nclient.query("INSERT INTO t VALUES (1)");\nclient.query("SELECT n FROM t", (error, result) => {\n  done();\n  console.log(error, result);\n});',
      ),
      errors: [calledBackError("queued", 5), calledBackError("queued", 6)],
    },
    {
      name: "BEGIN sent bare, a query with its own wrapped callback, then the COMMIT whose callback releases",
      code: calledBack(
        'client.query("BEGIN");\nclient.query("SELECT 1", once((error) => console.log(error)));\nclient.query("COMMIT", () => done());',
      ),
      errors: [calledBackError("queued", 5)],
    },
    {
      name: "a set-up query sent bare, then the release in a timer instead",
      code: calledBack('client.query("CREATE TEMP TABLE t (n int)");\nsetTimeout(() => done(), 10);'),
      errors: [calledBackError("unawaited", 5)],
    },
  ],
});
