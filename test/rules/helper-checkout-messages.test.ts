// What a user reads about a client checked out through the project's own helper — `await con.connect()` where `con`
// is a module of the project exporting `connect()`, or `await startConnection()`, a function of the same file that
// returns `pool.connect()`: the leak named by the call the user wrote, and advice that holds there (release it in a
// `finally`), never `withClient`, which takes a pg pool and is offered as no rewrite here. Each case has its twin on
// a pool's own checkout, whose message and suggestion stay as they were.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const root = mkdtempSync(path.join(tmpdir(), "poolguard-helper-messages-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "app"), { recursive: true });
// The `global.connection` tutorial's helper: every call checks a fresh client out of one pool.
writeFileSync(
  path.join(root, "app", "db.js"),
  `const { Pool } = require("pg");\nconst pool = new Pool();\nasync function connect() {\n  return pool.connect();\n}\nmodule.exports = { connect };\n`,
);
const filename = path.join(root, "app", "entry.js");

const viaHelper = (body: string) => `const con = require("./db");\n${body}`;
const viaPool = (body: string) => `const { Pool } = require("pg");\nconst con = new Pool();\n${body}`;
const SAME_FILE_HELPER = `const { Pool } = require("pg");\nconst pool = new Pool();\nconst startConnection = async () => await pool.connect();\n`;

const NEVER = `async function f() {\n  const client = await con.connect();\n  await client.query("SELECT 1");\n}\n`;
const ON_THROW = `async function f() {\n  const client = await con.connect();\n  const { rows } = await client.query("SELECT 1");\n  client.release();\n  return rows;\n}\n`;
const EARLY_EXIT = `async function f(id) {\n  const client = await con.connect();\n  if (!id) return null;\n  try {\n    return await client.query("SELECT $1", [id]);\n  } finally {\n    client.release();\n  }\n}\n`;
const SOME_PATHS = `function f(id) {\n  return con.connect().then((client) => {\n    if (id) client.release();\n  });\n}\n`;
const REJECTION = `function f() {\n  return con.connect().then((client) =>\n    client.query("SELECT 1").then(() => {\n      client.release();\n    }),\n  );\n}\n`;
const REACQUIRED = `async function f(ids) {\n  let client;\n  for (const id of ids) {\n    client = await con.connect();\n    await client.query("SELECT $1", [id]).catch(() => {});\n  }\n  client.release();\n}\n`;
const BEFORE_TRY = `async function f() {\n  const client = await con.connect();\n  await client.query("BEGIN");\n  try {\n    await client.query("COMMIT");\n  } finally {\n    client.release();\n  }\n}\n`;
const BEFORE_HAND_OVER = `async function f() {\n  const client = await con.connect();\n  await client.query("SET search_path = app");\n  return client;\n}\n`;
const NOT_AWAITED = `async function f() {\n  const client = con.connect();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}\n`;

ruleTester.run("no-leaked-client: messages for a checkout through the project's own helper", rule, {
  valid: [
    {
      name: "the helper's client released in a finally",
      code: viaHelper(`async function f() {\n  const client = await con.connect();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}\n`),
      filename,
    },
  ],
  invalid: [
    {
      name: "never released, through a helper module",
      code: viaHelper(NEVER),
      filename,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "con.connect()" }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "never released, through a helper of the same file",
      code: `${SAME_FILE_HELPER}${NEVER.replace("con.connect()", "startConnection()")}`,
      filename,
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "startConnection()" }, line: 5, column: 24, suggestions: [] }],
    },
    {
      name: "never released, on the pool itself: the withClient advice and rewrite stay",
      code: viaPool(NEVER),
      filename,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "con" },
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst con = new Pool();\nasync function f() {\n  await withClient(con, async (client) => {\n    await client.query("SELECT 1");\n  });\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "released after work that may throw, through a helper module",
      code: viaHelper(ON_THROW),
      filename,
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "con.connect()", line: 4 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "released after work that may throw, through a helper of the same file",
      code: `${SAME_FILE_HELPER}${ON_THROW.replace("con.connect()", "startConnection()")}`,
      filename,
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "startConnection()", line: 6 }, line: 5, column: 24, suggestions: [] }],
    },
    {
      name: "an early return before the try, through a helper module",
      code: viaHelper(EARLY_EXIT),
      filename,
      errors: [
        { messageId: "helperEarlyExit", data: { checkout: "con.connect()", exit: "return", line: 4, scope: "the function" }, line: 3, column: 24, suggestions: [] },
      ],
    },
    {
      name: "released in one branch only, through a helper module",
      code: viaHelper(SOME_PATHS),
      filename,
      errors: [{ messageId: "helperNotReleasedOnAllPaths", data: { checkout: "con.connect()", line: 5 }, line: 3, column: 10, suggestions: [] }],
    },
    {
      name: "a chain that releases on success only, through a helper module",
      code: viaHelper(REJECTION),
      filename,
      errors: [{ messageId: "helperRejectionSkipsRelease", data: { checkout: "con.connect()", line: 4 }, line: 3, column: 10, suggestions: [] }],
    },
    {
      name: "checked out again in a loop while held, through a helper module",
      code: viaHelper(REACQUIRED),
      filename,
      errors: [{ messageId: "helperReacquiredWhileHeld", data: { checkout: "con.connect()", line: 5 }, line: 5, column: 20, suggestions: [] }],
    },
    {
      name: "the helper's promise never awaited",
      code: viaHelper(NOT_AWAITED),
      filename,
      errors: [{ messageId: "helperConnectNotAwaited", data: { checkout: "con.connect()", line: 5 }, line: 3, column: 18, suggestions: [] }],
    },
    // Messages whose advice never named `withClient` keep their id and wording on a helper's checkout.
    {
      name: "work before the releasing try, through a helper module: the same message as on a pool",
      code: viaHelper(BEFORE_TRY),
      filename,
      errors: [{ messageId: "workBeforeTry", data: { pool: "con", line: 4, tryLine: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "work before the hand-over, through a helper module: the same message as on a pool",
      code: viaHelper(BEFORE_HAND_OVER),
      filename,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "con", line: 4 }, line: 3, column: 24, suggestions: [] }],
    },
  ],
});
