// A local module whose exported pool is a top-level `let` assigned in the branches of an `if` (ACrafter/Storefront-
// Backend's src/database.ts: one pool for tests, one otherwise; at large, round twelve): module-reader.ts reads the
// name as a pool when every assignment to it in the statement's branches is a pool, as it reads a top-level
// `pool = new Pool()`. A branch that assigns something else, or a name assigned only inside a function, leaves the
// export unknown. Each invalid case sits next to its valid twin.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-branch-assigned-module-pools-");

const BOTH = `import { Pool } from "pg";\nlet Store: any;\nif (process.env.NODE_ENV === "test") {\n  Store = new Pool({ host: "a" });\n} else {\n  Store = new Pool({ host: "b" });\n}\nexport default Store;\n`;
write("both/database.ts", BOTH);
write(
  "chain/database.js",
  `const pg = require("pg");\nlet Store;\nif (process.env.A) Store = new pg.Pool({ max: 1 });\nelse if (process.env.B) {\n  Store = new pg.Pool({ max: 2 });\n} else {\n  Store = new pg.Pool();\n}\nmodule.exports = { Store };\n`,
);
write(
  "mixed/database.ts",
  `import { Pool } from "pg";\nimport { createPool } from "./other";\nlet Store: any;\nif (process.env.NODE_ENV === "test") {\n  Store = createPool();\n} else {\n  Store = new Pool();\n}\nexport default Store;\n`,
);
write(
  "inside-function/database.ts",
  `import { Pool } from "pg";\nlet Store: any;\nfunction init() {\n  if (process.env.NODE_ENV === "test") {\n    Store = new Pool();\n  } else {\n    Store = new Pool();\n  }\n}\ninit();\nexport default Store;\n`,
);

const LOGIN_FIXED = `import Store from "./database";\nimport { withClient } from "poolguard/runtime";\nexport async function login(name: string) {\n  try {\n    return await withClient(Store, async (conn) => {\n      const found = await conn.query("SELECT 1 WHERE $1 = $1", [name]);\n      return found.rows[0] ?? null;\n    });\n  } catch (err) {\n    return null;\n  }\n}\n`;
const CHAIN_FIXED = `const { Store } = require("./database");\nconst { withClient } = require("poolguard/runtime");\nasync function count() {\n  return await withClient(Store, async (client) => {\n    return (await client.query("SELECT 1")).rowCount;\n  });\n}\nmodule.exports = { count };\n`;

const at = (dir: string, file = "entry.ts") => path.join(root, dir, file);
const LOGIN = `import Store from "./database";\nexport async function login(name: string) {\n  try {\n    const conn = await Store.connect();\n    const found = await conn.query("SELECT 1 WHERE $1 = $1", [name]);\n    return found.rows[0] ?? null;\n  } catch (err) {\n    return null;\n  }\n}\n`;
const CHAIN = `const { Store } = require("./database");\nasync function count() {\n  const client = await Store.connect();\n  return (await client.query("SELECT 1")).rowCount;\n}\nmodule.exports = { count };\n`;
/** The checkout at `line` (column 24 in both entries) is never released; the rewrite gives `fixed`. */
const neverReleasedAt = (line: number, fixed: string) => [
  {
    messageId: "neverReleased" as const,
    data: { pool: "Store" },
    line,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: fixed }],
  },
];

ruleTester.run("no-leaked-client: a local module's pool assigned in both branches of a top-level if", rule, {
  valid: [
    { name: "one branch assigns something else: the export stays unknown", code: LOGIN, filename: at("mixed") },
    { name: "assigned only inside a function: the export stays unknown", code: LOGIN, filename: at("inside-function") },
    {
      name: "the same pool, released in a finally",
      code: `import Store from "./database";\nexport async function login(name: string) {\n  const conn = await Store.connect();\n  try {\n    return (await conn.query("SELECT $1", [name])).rows[0];\n  } finally {\n    conn.release();\n  }\n}\n`,
      filename: at("both"),
    },
  ],
  invalid: [
    {
      name: "a default export assigned new Pool in both branches of if/else",
      code: LOGIN,
      filename: at("both"),
      errors: neverReleasedAt(4, LOGIN_FIXED),
    },
    {
      name: "a named export assigned in an else-if chain, one branch without braces",
      code: CHAIN,
      filename: at("chain", "entry.js"),
      errors: neverReleasedAt(3, CHAIN_FIXED),
    },
  ],
});
