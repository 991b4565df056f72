// Stores and returns that look like hand-overs but give the client to nobody: a variable the function did not declare
// (an enclosing scope's, or an undeclared global) that nothing else reads, and a return from a function called where
// it is written whose result is dropped. Each sits beside the twin where someone does get the client.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

// Sloppy-mode CommonJS, where assigning an undeclared name makes a global.
const SCRIPT = { parserOptions: { sourceType: "script" as const } };

ruleTester.run("no-leaked-client: hand-overs to nobody", rule, {
  valid: [
    {
      name: "an undeclared global released in finally",
      languageOptions: SCRIPT,
      code: `async function getMain(pool) {\n  client = await pool.connect();\n  try {\n    return (await client.query("SELECT 1")).rows;\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "a module variable another function releases: the store hands the client over",
      code: `let client;\nasync function start(pool) {\n  client = await pool.connect();\n  await client.query("LISTEN jobs");\n}\nfunction stop() {\n  client.release();\n}`,
    },
    {
      name: "an undeclared global another function reads",
      languageOptions: SCRIPT,
      code: `async function start(pool) {\n  client = await pool.connect();\n  await client.query("LISTEN jobs");\n}\nfunction stop() {\n  client.release();\n}`,
    },
    {
      name: "a module variable read before the checkout: an earlier call's client is still reachable through it",
      code: `let client;\nasync function run(pool) {\n  if (client) client.release();\n  client = await pool.connect();\n  await client.query("SELECT 1");\n  client.release();\n}`,
    },
    {
      name: "an exported module variable",
      code: `export let client;\nexport async function start(pool) {\n  client = await pool.connect();\n  await client.query("SET search_path TO app");\n  client.release();\n}`,
    },
    {
      name: "a module variable this function alone keeps a LISTEN client in, never releasing it",
      code: `let listener;\nasync function listen(pool) {\n  listener = await pool.connect();\n  listener.on("notification", (message) => console.log(message.payload));\n  await listener.query("LISTEN jobs");\n}`,
    },
    {
      name: "an immediately called function whose result is awaited: the return hands the client over",
      code: `async function main(pool) {\n  const client = await (async () => {\n    const c = await pool.connect();\n    return c;\n  })();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "an undeclared global released after an unprotected await",
      languageOptions: SCRIPT,
      code: `const getMain = async (pool, licence) => {\n  client = await pool.connect();\n  const res = await client.query("SELECT * FROM licences WHERE no = $1", [licence]);\n  client.release();\n  return res.rows;\n};`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 18, suggestions: [] }],
    },
    {
      name: "a module variable only this function uses, released after an unprotected await",
      code: `let client;\nasync function getMain(pool, licence) {\n  client = await pool.connect();\n  const res = await client.query("SELECT * FROM licences WHERE no = $1", [licence]);\n  client.release();\n  return res.rows;\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 4 },
          line: 3,
          column: 18,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { withClient } from "poolguard/runtime";\n\nasync function getMain(pool, licence) {\n  const res = await withClient(pool, async (client) => {\n    const res = await client.query("SELECT * FROM licences WHERE no = $1", [licence]);\n    return res;\n  });\n  return res.rows;\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "a warm-up IIFE whose promise is dropped returns the client to nobody",
      languageOptions: SCRIPT,
      code: `(async function () {\n  res = await pool.connect();\n  return res;\n})();`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 15, suggestions: [] }],
    },
    {
      name: "a voided arrow IIFE returning the checkout",
      code: `void (async () => {\n  const client = await pool.connect();\n  await client.query("SELECT 1");\n  return client;\n})();`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "an arrow IIFE whose body is the checkout",
      code: `(async () => await pool.connect())();`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 1, column: 20, suggestions: [] }],
    },
  ],
});
