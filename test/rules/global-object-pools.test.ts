// A property of Node's global object that the file itself sets to a pg pool (`global.connection = pool`, then
// `global.connection.connect()`) is a pool (at large, round fifteen: gTrevisanz/dbProjeto's tutorial helper, whose
// callers never release). The file's writes are all the evidence: every assignment must give a pool, and the property
// must be written no other way. Each guard has a valid twin that differs by the one thing the analysis looks at.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const USE = `async function f() {\n  const client = await global.connection.connect();\n  await client.query("SELECT 1");\n}\n`;

ruleTester.run("no-leaked-client: a pool kept on the global object", rule, {
  valid: [
    {
      name: "released in a finally",
      code: `const { Pool } = require("pg");\nglobal.connection = new Pool();\nasync function f() {\n  const client = await global.connection.connect();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}\n`,
    },
    {
      name: "another assignment gives the property something else (the checkout itself kept as the one client)",
      code: `const { Pool } = require("pg");\nglobal.connection = new Pool();\nasync function reset(makeClient) {\n  global.connection = await makeClient();\n}\n${USE}`,
    },
    {
      name: "the property is also a destructuring target: what lands there is not followed",
      code: `const { Pool } = require("pg");\nglobal.connection = new Pool();\nasync function reopen(open) {\n  ({ client: global.connection } = await open());\n}\n${USE}`,
    },
    {
      name: "a parameter named global shadows the global object",
      code: `const { Pool } = require("pg");\nglobal.connection = new Pool();\nasync function f(global) {\n  const client = await global.connection.connect();\n  await client.query("SELECT 1");\n}\n`,
    },
    {
      name: "a property assigned only to itself is no pool (and the question does not loop)",
      code: `global.store = global.store;\nasync function f() {\n  const client = await global.store.connect();\n  await client.query("SELECT 1");\n}\n`,
    },
    {
      name: "a property the file never assigns says nothing",
      code: `async function f() {\n  const client = await global.store.connect();\n  await client.query("SELECT 1");\n}\n`,
    },
  ],
  invalid: [
    {
      name: "global.connection set to a new Pool, its checkout never released",
      code: `const { Pool } = require("pg");\nglobal.connection = new Pool();\n${USE}`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "global.connection" },
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nglobal.connection = new Pool();\nasync function f() {\n  await withClient(global.connection, async (client) => {\n    await client.query("SELECT 1");\n  });\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "globalThis.shared set to a pool variable, its checkout never released",
      code: `import pg from "pg";\nconst pool = new pg.Pool();\nglobalThis.shared = pool;\nexport async function f() {\n  const client = await globalThis.shared.connect();\n  return (await client.query("SELECT 1")).rows;\n}\n`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "globalThis.shared" },
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import pg from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new pg.Pool();\nglobalThis.shared = pool;\nexport async function f() {\n  return await withClient(globalThis.shared, async (client) => {\n    return (await client.query("SELECT 1")).rows;\n  });\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "the tutorial helper: the cached pool's checkout or, on the first call, the new pool's (gTrevisanz/dbProjeto)",
      code: `async function connect() {\n  if (global.connection) return global.connection.connect();\n  const { Pool } = require("pg");\n  const pool = new Pool();\n  const probe = await pool.connect();\n  console.log("pool created");\n  probe.release();\n  global.connection = pool;\n  return pool.connect();\n}\nconnect();\nasync function selectCustomers() {\n  const client = await connect();\n  const res = await client.query("SELECT * FROM client");\n  return res.rows;\n}\nmodule.exports = { selectCustomers };\n`,
      errors: [
        { messageId: "helperNeverReleased", data: { checkout: "connect()" }, line: 11, column: 1, suggestions: [] },
        { messageId: "helperNeverReleased", data: { checkout: "connect()" }, line: 13, column: 24, suggestions: [] },
      ],
    },
  ],
});
