// A checkout through a helper imported from a local module, whatever its name (n1c0re/BoatDealer's startConnection
// and its kin, moved to a db module): the module is read, and a function whose every returned value is a pool
// checkout makes its awaited call a checkout the caller must release. A function that may return a client it keeps
// for every caller, or anything else, is not one, and the rules stay silent on it as before.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-checkouts-");

// The module's value is the helper; a named helper keeping the checkout in a const; an arrow; an object of helpers.
write("helper/db.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nasync function getClient() {\n  return pool.connect();\n}\nmodule.exports = getClient;\n`);
write(
  "helper/named.ts",
  `import { pool } from "./pool";\nexport async function startConnection() {\n  try {\n    const client = await pool.connect();\n    return client;\n  } catch (error) {\n    console.error(error);\n    throw error;\n  }\n}\nexport const getConnection = () => pool.connect();\n`,
);
write("helper/pool.ts", `import { Pool } from "pg";\nexport const pool = new Pool();\n`);
write("helper/helpers.js", `const pool = require("./pool-cjs");\nmodule.exports = {\n  getClient: () => pool.connect(),\n  query: (text, params) => pool.query(text, params),\n};\n`);
write("helper/pool-cjs.js", `const { Pool } = require("pg");\nmodule.exports = new Pool();\n`);
// Helpers of the same names that give one client to every caller, or the pool.
write(
  "other/db.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nlet shared;\nasync function getClient() {\n  shared = shared || (await pool.connect());\n  return shared;\n}\nmodule.exports = getClient;\n`,
);
// mssql's pool, connected by a helper of the same shape: its `.query()` is no pg client's.
write("other/mssql.js", `const sql = require("mssql");\nasync function getClient() {\n  return new sql.ConnectionPool(process.env.MSSQL_URL).connect();\n}\nmodule.exports = getClient;\n`);
write("other/named.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function startConnection() {\n  return pool;\n}\nexport const getConnection = () => pool;\n`);

// A lock module (VitaliiHordiichuk/autohub's ./lock.js): its checkout, or null when the lock is taken, and the
// function that gives it back; `inspect` only reads the client.
write(
  "lock/lock.js",
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function acquireLock() {\n  const db = await pool.connect();\n  const { rows } = await db.query("SELECT pg_try_advisory_lock(1) AS locked");\n  if (!rows[0].locked) {\n    db.release();\n    return null;\n  }\n  return db;\n}\nexport async function releaseLock(db) {\n  try {\n    await db.query("SELECT pg_advisory_unlock(1)");\n  } finally {\n    db.release();\n  }\n}\nexport function inspect(db) {\n  console.log(db.processID);\n}\n`,
);

const at = (dir: string, name = "entry.js") => path.join(root, dir, name);
/** The lock's checkout given back only through releaseLock (`giveBack`) in a finally, after `before`. */
const LOCKED = (before: string, giveBack = "releaseLock") =>
  `import { acquireLock, releaseLock, inspect } from "./lock.js";\nexport async function run(jobs) {\n  const db = await acquireLock();\n  if (!db) return "skipped";\n${before}  try {\n    return await jobs.process();\n  } finally {\n    await ${giveBack}(db);\n  }\n}\n`;
const QUERIED = `const getClient = require("./db");\nasync function createTables() {\n  const client = await getClient();\n  await client.query("CREATE TABLE IF NOT EXISTS t (id int)");\n}\nmodule.exports = { createTables };\n`;
/** The checkout only handed to functions of the file (PrairieLearn's beginTransactionAsync); `rollback` releases as given. */
const HANDED_ON = (rollback: string) =>
  `const getClient = require("./db");\nasync function queryWith(client, sql) {\n  return client.query(sql);\n}\nasync function rollbackWith(client) {\n${rollback}}\nasync function begin() {\n  const client = await getClient();\n  try {\n    await queryWith(client, "START TRANSACTION");\n    return client;\n  } catch (err) {\n    await rollbackWith(client);\n    throw err;\n  }\n}\nmodule.exports = { begin };\n`;
const NAMED = (tail: string) =>
  `import { startConnection } from "./named";\nexport async function checkLogin(login: string) {\n  const client = await startConnection();\n${tail}}\n`;

ruleTester.run("no-leaked-client: a checkout through a helper imported from a local module", rule, {
  valid: [
    {
      name: "the imported helper's client released in a finally",
      code: NAMED(`  try {\n    return (await client.query("SELECT 1 FROM users WHERE login = $1", [login])).rows;\n  } finally {\n    client.release();\n  }\n`),
      filename: at("helper", "entry.ts"),
    },
    {
      name: "a helper that returns one client kept for every caller is not a checkout",
      code: QUERIED,
      filename: at("other"),
    },
    {
      name: "a module that imports another database's driver: its connect() is not pg's",
      code: QUERIED.replace('"./db"', '"./mssql"'),
      filename: at("other"),
    },
    {
      name: "a helper that returns the pool is not a checkout",
      code: NAMED(`  return (await client.query("SELECT 1 FROM users WHERE login = $1", [login])).rows;\n`),
      filename: at("other", "entry.ts"),
    },
    {
      name: "the helper's client handed over to the caller",
      code: `import { getConnection } from "./named";\nexport async function borrow() {\n  const client = await getConnection();\n  client.query("SET search_path TO app");\n  return client;\n}\n`,
      filename: at("helper", "entry.ts"),
    },
    {
      name: "a checkout only handed to the file's functions, whose rollback releases on both of its paths",
      code: HANDED_ON(`  try {\n    await client.query("ROLLBACK");\n    client.release();\n  } catch (err) {\n    client.release(err);\n  }\n`),
      filename: at("helper"),
    },
    {
      name: "a result only handed to the file's functions, from a helper that is no checkout",
      code: HANDED_ON(`  try {\n    await client.query("ROLLBACK");\n  } catch (err) {\n    client.release(err);\n  }\n`),
      filename: at("other"),
    },
    {
      name: "a lock checkout given back through the module's releasing function, nothing before the try",
      code: LOCKED(""),
      filename: at("lock"),
    },
    {
      name: "a result only handed to a module's function that does not release it is not taken for a checkout",
      code: LOCKED("  await jobs.markStarted();\n", "inspect"),
      filename: at("lock"),
    },
    {
      name: "a module that cannot be found stays silent",
      code: QUERIED.replace('"./db"', '"./missing"'),
      filename: at("helper"),
    },
  ],
  invalid: [
    {
      name: "the module's value, called bare, queried and never released",
      code: QUERIED,
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a named import released after a query that may throw (n1c0re/BoatDealer's checkLogin shape)",
      code: NAMED(`  const result = await client.query("SELECT 1 FROM users WHERE login = $1", [login]);\n  client.release();\n  return result.rows;\n`),
      filename: at("helper", "entry.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "destructured from require, an arrow returning pool.connect()",
      code: `const { getConnection } = require("./named");\nasync function list() {\n  const client = await getConnection();\n  const { rows } = await client.query("SELECT * FROM t");\n  return rows;\n}\nmodule.exports = { list };\n`,
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a member of the module's object, on a whole-module require",
      code: `const db = require("./helpers");\nasync function rename(id, name) {\n  const client = await db.getClient();\n  await client.query("UPDATE t SET name = $2 WHERE id = $1", [id, name]);\n  client.release();\n}\nmodule.exports = { rename };\n`,
      filename: at("helper"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a checkout only handed to the file's functions, whose rollback releases only when ROLLBACK fails (PrairieLearn before PR #5094)",
      code: HANDED_ON(`  try {\n    await client.query("ROLLBACK");\n  } catch (err) {\n    client.release(err);\n  }\n`),
      filename: at("helper"),
      errors: [{ messageId: "helperNotHandedOverOnThrow", line: 13, column: 24, suggestions: [] }],
    },
    {
      name: "a lock checkout only given back through the module's releasing function, after an await before the try (VitaliiHordiichuk/autohub)",
      code: LOCKED("  await jobs.markStarted();\n"),
      filename: at("lock"),
      // releaseLock gives the client back on every path (its finally), so its call in the finally is the release.
      errors: [{ messageId: "helperWorkBeforeTry", line: 3, column: 20, suggestions: [] }],
    },
  ],
});
