// A pool required or imported from a local module whose export is ANOTHER driver's pool (module-pools.ts's
// `otherPools`): mssql's `new sql.ConnectionPool(…)`, mysql2's `createPool(…)` (and its `.promise()`), generic-pool's
// `createPool(…)`. The name pattern used to make such a `pool` a pg pool, and mssql's start-up `pool.connect()` a
// checkout never released (corpus case kash15if-online-exam-api-mssql-module-pool-connect). The same module exporting
// pg's `new Pool(…)` is the boundary twin.
import path from "node:path";
import leaked from "../../rules/no-leaked-client.js";
import onPool from "../../rules/no-transaction-on-pool.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-other-driver-module-pools-");

write("mssql/dbCon.js", `const sql = require("mssql");\nconst pool = new sql.ConnectionPool({ server: "db" });\nmodule.exports = pool;\n`);
write("pg/dbCon.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = pool;\n`);
// ESM, no `require(`: the module is read because it names mysql2.
write("mysql/dbCon.ts", `import mysql from "mysql2/promise";\nexport const pool = mysql.createPool({ host: "db" });\nexport default pool;\n`);
write("promise/dbCon.js", `const mysql = require("mysql2");\nconst pool = mysql.createPool({ host: "db" });\nmodule.exports = pool.promise();\n`);
write("generic/dbCon.js", `const genericPool = require("generic-pool");\nmodule.exports = { pool: genericPool.createPool({ create() {}, destroy() {} }) };\n`);
write("unreadable/dbCon.js", `const sql = require("mssql");\nmodule.exports = new sql.ConnectionPool(;\n`);

const at = (dir: string, file = "entry.js") => path.join(root, dir, file);
const CHECKOUT = `const pool = require("./dbCon");\nasync function f() {\n  const conn = await pool.connect();\n  await conn.query("SELECT 1");\n}\n`;
const RELEASED = CHECKOUT.replace(`await conn.query("SELECT 1");`, `await conn.query("SELECT 1");\n  conn.release();`);
const IMPORTED = `import { pool } from "./dbCon";\nexport async function f() {\n  const conn = await pool.connect();\n  await conn.query("SELECT 1");\n}\n`;
const MEMBER = `const db = require("./dbCon");\nasync function f() {\n  const conn = await db.pool.connect();\n  await conn.query("SELECT 1");\n}\n`;
const REWRITTEN = `const pool = require("./dbCon");\nconst { withClient } = require("poolguard/runtime");\nasync function f() {\n  await withClient(pool, async (conn) => {\n    await conn.query("SELECT 1");\n  });\n}\n`;
const NEVER_RELEASED = [{ messageId: "neverReleased" as const, line: 3, column: 22, suggestions: [{ messageId: "rewriteWithClient" as const, output: REWRITTEN }] }];
const START_UP = `const pool = require("./dbCon");\npool\n  .connect()\n  .then((row) => {\n    console.log("connected", row._connected);\n  });\n`;

ruleTester.run("no-leaked-client: a local module's pool of another driver", leaked, {
  valid: [
    { name: "mssql's ConnectionPool exported whole: its start-up connect()", code: START_UP, filename: at("mssql") },
    { name: "mssql's ConnectionPool exported whole, required as `pool`", code: CHECKOUT, filename: at("mssql") },
    { name: "…and whatever is called `release` on what its connect() gives", code: RELEASED, filename: at("mssql") },
    { name: "mysql2's createPool, a named ESM export", code: IMPORTED, filename: at("mysql", "entry.ts") },
    { name: "mysql2's createPool(…).promise() exported whole", code: CHECKOUT, filename: at("promise") },
    { name: "generic-pool's createPool, a member of the exported object read as `db.pool`", code: MEMBER, filename: at("generic") },
  ],
  invalid: [
    {
      name: "pg's Pool exported whole, required as `pool`: a checkout never released",
      code: CHECKOUT,
      filename: at("pg"),
      errors: NEVER_RELEASED,
    },
    {
      name: "a module that cannot be parsed says nothing: the name pattern decides, as before",
      code: CHECKOUT,
      filename: at("unreadable"),
      errors: NEVER_RELEASED,
    },
  ],
});

const BEGIN = `const pool = require("./dbCon");\nasync function f() {\n  await pool.query("BEGIN");\n}\n`;

ruleTester.run("no-transaction-on-pool: a local module's pool of another driver", onPool, {
  valid: [{ name: "BEGIN through mssql's ConnectionPool is not pg's pool.query", code: BEGIN, filename: at("mssql") }],
  invalid: [{ name: "BEGIN through pg's pool", code: BEGIN, filename: at("pg"), errors: [{ messageId: "transactionOnPool", line: 3, column: 9 }] }],
});
