// no-unawaited-client-work on a checkout handed to a helper of the same file that releases it itself
// (held-parameters.ts): inside the helper the parameter is held like the checkout, up to the helper's releases.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** mattdknapp/factory-app-api's runTransaction: a `.then` chain in the helper, COMMIT sent in one step (line 7). */
const chain = (commit: string, release = "client.release();", caller = "inTransaction(statements, client)") =>
  `const { Pool } = require("pg");
const pool = new Pool();
const inTransaction = (statements, client) => {
  const begin = () => client.query("BEGIN");
  const runAll = () => Promise.all(statements.map((text) => pool.query(text)));
  const commit = (results) => {
    ${commit}
  };
  const done = (results) => {
    ${release}
    return results;
  };
  return begin().then(runAll).then(commit).then(done);
};
const runTransaction = (statements) => pool.connect().then((client) => ${caller});`;

/** An async helper that releases the client it is given, its body from line 4. */
const asyncHelper = (body: string, param = "c") =>
  `import { Pool } from "pg";
const pool = new Pool();
async function save(${param}) {
${body}
}
export const run = () => pool.connect().then((client) => save(client));`;

ruleTester.run("no-unawaited-client-work (helpers that release the client they are given)", rule, {
  valid: [
    { name: "the chain step returns COMMIT, so the next step waits for it", code: chain('return client.query("COMMIT").then(() => results);') },
    {
      name: "the helper does not release its parameter: the caller's business",
      code: chain('client.query("COMMIT");\n    return results;', "console.log(results);"),
    },
    {
      name: "the helper is given something other than the checkout",
      code: chain('client.query("COMMIT");\n    return results;', "client.release();", "inTransaction(statements, other)"),
    },
    { name: "an awaited query in an async helper that releases", code: asyncHelper('  await c.query("UPDATE t SET n = 1");\n  c.release();') },
    {
      name: "a helper parameter reassigned before use may hold something else",
      code: asyncHelper('  c = c.wrapped;\n  c.query("UPDATE t SET n = 1");\n  c.release();'),
    },
    {
      name: "the client passed after a spread lands on a parameter the call does not show",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function save(a, c) {\n  c.query("UPDATE t SET n = 1");\n  c.release();\n}\nexport const run = (xs) => pool.connect().then((client) => save(...xs, client));',
    },
  ],
  invalid: [
    {
      name: "a chain step sends COMMIT without returning it; the next step releases",
      code: chain('client.query("COMMIT");\n    return results;'),
      // The step's handler is not async: nothing to add `await` to.
      errors: [{ messageId: "unawaited", line: 7, column: 5, endLine: 7, endColumn: 27, suggestions: [] }],
    },
    {
      name: "an un-awaited query before the release in an async helper",
      code: asyncHelper('  c.query("UPDATE t SET n = 1");\n  c.release();'),
      errors: [
        {
          messageId: "unawaited",
          line: 4,
          column: 3,
          suggestions: [{ messageId: "addAwait", output: asyncHelper('  await c.query("UPDATE t SET n = 1");\n  c.release();') }],
        },
      ],
    },
    {
      name: "a helper declared with function, given the client of an awaited checkout",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nfunction finish(c) {\n  c.query("COMMIT");\n  c.release();\n}\nexport async function run() {\n  const client = await pool.connect();\n  await client.query("BEGIN");\n  finish(client);\n}',
      errors: [{ messageId: "unawaited", line: 4, column: 3, suggestions: [] }],
    },
  ],
});
