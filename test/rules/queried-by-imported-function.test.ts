// A checkout through a local module's helper whose result the file only hands to another local module's function
// that runs queries on it (kkumarcodes/Shopmost's getConnection middleware: `await startTransaction(connection)`,
// then `return connection`): handing it to a function that queries it is use as a client, so the helper's module is
// read (queried-parameters.ts), and the return after the throwable call is judged (DESIGN.md: a transfer after work
// that can throw leaks on that throw).
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-queried-by-imported-");

write("shop/connection.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nasync function getConnection() {\n  return await pool.connect();\n}\nmodule.exports = { pool, getConnection };\n`);
// One client kept for every caller: not a checkout, whatever the file does with it.
write(
  "shared/connection.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nlet shared;\nasync function getConnection() {\n  shared = shared || (await pool.connect());\n  return shared;\n}\nmodule.exports = { getConnection };\n`,
);
// The query builder (a module that gives clients back is read; one that only queries them is not, module-pools.ts).
const BUILDER = `async function startTransaction(connection) {\n  await connection.query("BEGIN");\n  connection.INTRANSACTION = true;\n}\nasync function rollback(connection) {\n  await connection.query("ROLLBACK");\n  connection.release();\n}\nmodule.exports = { startTransaction, rollback };\n`;
write("shop/query-builder.js", BUILDER);
write("shared/query-builder.js", BUILDER);

const at = (dir: string) => path.join(root, dir, "entry.js");
/** The middleware: the checkout (line 4), `work` (line 5), the hand-over by return. */
const middleware = (work: string) =>
  `const { startTransaction } = require("./query-builder.js");\nconst { getConnection } = require("./connection.js");\nmodule.exports = async (request, response) => {\n  const connection = await getConnection();\n${work}\n  return connection;\n};\n`;

ruleTester.run("no-leaked-client: a checkout handed to a local module's function that queries it", rule, {
  valid: [
    {
      name: "a failed BEGIN releases before it rethrows",
      code: middleware("  try {\n    await startTransaction(connection);\n  } catch (err) {\n    connection.release();\n    throw err;\n  }"),
      filename: at("shop"),
    },
    {
      name: "a helper that hands one client to every caller is not a checkout",
      code: middleware("  await startTransaction(connection);"),
      filename: at("shared"),
    },
  ],
  invalid: [
    {
      name: "returned after the awaited BEGIN of another module's function",
      code: middleware("  await startTransaction(connection);"),
      filename: at("shop"),
      errors: [{ messageId: "helperNotHandedOverOnThrow", line: 4, column: 28, suggestions: [] }],
    },
  ],
});
