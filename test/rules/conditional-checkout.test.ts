// `const client = db.pools_connections ? await db.getClient() : db`, released under `if (db.pools_connections)`:
// saltcorn's import and dump functions check a client out only when the driver module pools connections, and the same
// property read says wherever it is tested whether a checkout is held. The condition is a `const` or a property of a
// binding never reassigned (an imported module) that the file never writes. Each invalid case sits next to the valid
// twin it differs from (test/realworld/cases/apps/saltcorn-saltcorn-*-conditional-checkout).
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-conditional-checkout-");

write(
  "db.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = {\n  pools_connections: true,\n  getClient: () => pool.connect(),\n  query: (text, params) => pool.query(text, params),\n};\n`,
);
// The same module as a `const` object exported by name (saltcorn's reduced db module): its members are read as
// `export default { … }`'s are. A `let` object may be rebuilt: its members are not read.
const DB_OBJECT = (kind: string) =>
  `import { Pool } from "pg";\nconst pool = new Pool();\n${kind} db = {\n  pools_connections: true,\n  getClient: async () => await pool.connect(),\n};\nexport default db;\n`;
write("db-const.ts", DB_OBJECT("const"));
write("db-let.ts", DB_OBJECT("let"));
const filename = path.join(root, "entry.js");

/** A dump that chooses its client with `choose` and runs `body` (lines 4 on) with it; `extra` follows the function. */
const dump = (choose: string, body: string, extra = "") =>
  `const db = require("./db");\nasync function dump(table) {\n  ${choose}\n${body}}\n${extra}module.exports = { dump };\n`;

const FLAG = "const client = db.pools_connections ? await db.getClient() : db;";
const NEGATED = "const client = !db.pools_connections ? db : await db.getClient();";
const COPY = "await client.query(`COPY ${table} TO STDOUT`);";
const IN_FINALLY = (guard: string) => `  try {\n    ${COPY}\n  } finally {\n    if (${guard}) client.release();\n  }\n`;
const AFTER = (guard: string) => `  ${COPY}\n  if (${guard}) await client.release(true);\n`;
const WRITES_FLAG = "function useSqlite() {\n  db.pools_connections = false;\n}\n";

const notReleasedOnThrow = (line: number, column: number) => [
  { messageId: "helperNotReleasedOnThrow" as const, data: { checkout: "db.getClient()", line }, line: 3, column, suggestions: [] },
];

ruleTester.run("no-leaked-client: a checkout chosen by a property test and released under the same test", rule, {
  valid: [
    { name: "released in a finally under the same property test", code: dump(FLAG, IN_FINALLY("db.pools_connections")), filename },
    { name: "the checkout in the else branch of the negated test", code: dump(NEGATED, IN_FINALLY("db.pools_connections")), filename },
    {
      name: "a const holding the flag chooses and guards",
      code: dump("const pooled = db.pools_connections;\n  const client = pooled ? await db.getClient() : db;", IN_FINALLY("pooled")),
      filename,
    },
    {
      name: "released under an optional read of the flag: its test holds at the fork after the chain",
      code: dump(FLAG, IN_FINALLY("db?.pools_connections")),
      filename,
    },
    {
      name: "a file that writes the flag: its test proves nothing, and the client is not followed",
      code: dump(FLAG, AFTER("db.pools_connections"), WRITES_FLAG),
      filename,
    },
    {
      name: "released under a copy of the flag, not the flag itself: the client is not followed",
      code: dump(`${FLAG}\n  const acquired = db.pools_connections;`, AFTER("acquired")),
      filename,
    },
    {
      name: "a module exporting a `let` object: its getClient is not read as a checkout",
      code: dump(FLAG, AFTER("db.pools_connections")).replace('const db = require("./db");', 'import db from "./db-let";'),
      filename: path.join(root, "entry.ts"),
    },
    {
      name: "a binding that is reassigned: its property proves nothing",
      code: dump(FLAG, AFTER("db.pools_connections")).replace('const db = require("./db");', 'let db = require("./db");'),
      filename,
    },
  ],
  invalid: [
    {
      name: "the COPY before the release under the same test throws past it (saltcorn's dump_table_to_json_file)",
      code: dump(FLAG, AFTER("db.pools_connections")),
      filename,
      errors: notReleasedOnThrow(4, 47),
    },
    {
      name: "a const holding the flag chooses and guards; the COPY throws past the release",
      code: dump("const pooled = db.pools_connections;\n  const client = pooled ? await db.getClient() : db;", AFTER("pooled")),
      filename,
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "db.getClient()", line: 5 }, line: 4, column: 33, suggestions: [] }],
    },
    {
      name: "a module exporting a `const` object by name: its getClient is a checkout",
      code: dump(FLAG, AFTER("db.pools_connections")).replace('const db = require("./db");', 'import db from "./db-const";'),
      filename: path.join(root, "entry.ts"),
      errors: notReleasedOnThrow(4, 47),
    },
    {
      name: "released under an optional read of the flag: the COPY throws past it",
      code: dump(FLAG, AFTER("db?.pools_connections")),
      filename,
      errors: notReleasedOnThrow(4, 47),
    },
    {
      name: "the same with the negated test",
      code: dump(NEGATED, AFTER("db.pools_connections")),
      filename,
      errors: notReleasedOnThrow(4, 53),
    },
  ],
});
