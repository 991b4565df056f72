// The project's own connection helper in another module (the `global.connection` tutorial's db.js, pedrobraganick/
// nodeandvue's Infra/db.js): a module whose exported `connect` returns nothing but `pool.connect()` hands out pool
// clients, so `db.connect()` on it is a checkout the caller must release. A `connect` returning anything else — a
// pool, a client it keeps — is not such a helper, and the rules stay silent on it as before.
import * as espree from "espree";
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-checkout-modules-");

// The tutorial's helper: one pool made on the first call, a fresh checkout returned on every call.
write(
  "helper/db.js",
  `async function connect() {\n  if (global.connection) return global.connection.connect();\n  const { Pool } = require("pg");\n  const pool = new Pool();\n  global.connection = pool;\n  return pool.connect();\n}\nmodule.exports = { connect };\n`,
);
// The same helper as an ES module with a named export, and as `exports.connect = …` with an arrow.
write("helper/esm.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function connect() {\n  return await pool.connect();\n}\n`);
write("helper/arrow.js", `const pg = require("pg");\nconst pool = new pg.Pool();\nexports.connect = () => pool.connect();\n`);
// A checkout helper exported under a string key: `module.exports = { "getClient": getClient }` (node-shapes' commonJsExports).
write("helper/quoted.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nfunction getClient() {\n  return pool.connect();\n}\nmodule.exports = { "getClient": getClient };\n`);
// Helpers whose `connect` gives something else: the pool itself, or a client it keeps for every caller.
write(
  "other/db.js",
  `const { Pool } = require("pg");\nlet pool;\nasync function connect() {\n  pool = pool || new Pool();\n  return pool;\n}\nmodule.exports = { connect };\n`,
);
write(
  "other/shared.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nlet shared;\nasync function connect() {\n  if (shared) return shared;\n  shared = await pool.connect();\n  return shared;\n}\nmodule.exports = { connect };\n`,
);

const at = (dir: string, name = "entry.js") => path.join(root, dir, name);
const NEVER_RELEASED = `const con = require("./db");\nasync function createTables() {\n  const client = await con.connect();\n  await client.query("CREATE TABLE IF NOT EXISTS t (id int)");\n}\n`;

ruleTester.run("no-leaked-client: the project's own connection helper module", rule, {
  valid: [
    {
      name: "the helper's client released in a finally",
      code: `const con = require("./db");\nasync function createTables() {\n  const client = await con.connect();\n  try {\n    await client.query("CREATE TABLE IF NOT EXISTS t (id int)");\n  } finally {\n    client.release();\n  }\n}\n`,
      filename: at("helper"),
    },
    {
      name: "a helper whose connect returns the pool: its result is not a checkout",
      code: NEVER_RELEASED,
      filename: at("other"),
    },
    {
      name: "a helper whose connect returns one client kept for every caller: not a checkout either",
      code: NEVER_RELEASED.replace('"./db"', '"./shared"'),
      filename: at("other"),
    },
    {
      name: "a module that cannot be found stays silent",
      code: NEVER_RELEASED.replace('"./db"', '"./missing"'),
      filename: at("other"),
    },
  ],
  invalid: [
    {
      name: "the helper's client queried and never released (pedrobraganick/nodeandvue's initDb)",
      code: NEVER_RELEASED,
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "con.connect()" }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the helper's checkout awaited and dropped",
      code: `const db = require("./db");\nasync function listData() {\n  await db.connect();\n  return 1;\n}\n`,
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "db.connect()" }, line: 3, column: 9, suggestions: [] }],
    },
    {
      name: "a namespace import of an ES module exporting `connect`: released after a query that may throw",
      code: `import * as db from "./esm";\nexport async function count() {\n  const client = await db.connect();\n  const result = await client.query("SELECT count(*) FROM t");\n  client.release();\n  return result.rows[0];\n}\n`,
      filename: at("helper", "entry.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "db.connect()", line: 4 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "`exports.connect = () => pool.connect()`",
      code: NEVER_RELEASED.replace('"./db"', '"./arrow"'),
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "con.connect()" }, line: 3, column: 24, suggestions: [] }],
    },
    ...[{ parser: "typescript-eslint" }, { parser: "espree", languageOptions: { parser: espree } }].map(({ parser, ...options }) => ({
      name: `\`module.exports = { "getClient": getClient }\`: a string key exports the same name (${parser})`,
      code: NEVER_RELEASED.replace('"./db"', '"./quoted"').replace("con.connect()", "con.getClient()"),
      filename: at("helper"),
      ...options,
      errors: [{ messageId: "helperNeverReleased" as const, data: { checkout: "con.getClient()" }, line: 3, column: 24, suggestions: [] }],
    })),
  ],
});
