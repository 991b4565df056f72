// A pg-cursor built from the SQL text into a `const` and then handed to pg (`const cursor = new Cursor(sql);
// client.query(cursor)`) is no throw point, as `client.query(new Cursor(sql))` written inline is not. A `new` whose
// value pg is not given as a submittable, given values, or of a class the file does not show to be pg-cursor's stays
// one. A class a local module re-exports from pg-cursor (erc83/desafio-mi-bank's `new db.Cursor(sql)`, with
// `module.exports = { …, Cursor }` in ./db) is pg-cursor's; the project's own class of that name is not.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-held-submittables-");
write("reexported/db.js", `const { Pool } = require("pg");\nconst Cursor = require("pg-cursor");\nconst pool = new Pool();\nmodule.exports = { getClient: () => pool.connect(), Cursor };\n`);
write("esm/db.ts", `export { default as Cursor } from "pg-cursor";\n`);
// The project's own class named Cursor, whose constructor checks its argument.
write("own/db.js", `class Cursor {\n  constructor(sql) {\n    if (!sql) throw new Error("no sql");\n    this.sql = sql;\n  }\n}\nmodule.exports = { Cursor };\n`);
// The same name exported twice: which one the importer gets is not read with certainty.
write("twice/db.js", `const Cursor = require("pg-cursor");\nexports.Cursor = Cursor;\nexports.Cursor = require("./own-cursor");\n`);
const at = (dir: string, name = "entry.js") => path.join(root, dir, name);
const DESTRUCTURED = `import { Pool } from "pg";\nimport { Cursor } from "./db";\nconst pool = new Pool();\nexport async function firstRows(sql: string) {\n  const client = await pool.connect();\n  const cursor = new Cursor(sql);\n  client.query(cursor);\n  cursor.read(10, () => client.release());\n}\n`;

const READ = (built: string, query: string) =>
  `const { Pool } = require("pg");\nconst Cursor = require("pg-cursor");\nconst db = require("./db");\nconst pool = new Pool();\nasync function firstRows(sql) {\n  const client = await pool.connect();\n  ${built}\n  ${query}\n  cursor.read(10, (err, rows) => {\n    client.release();\n    console.log(err, rows);\n  });\n}\nmodule.exports = { firstRows };\n`;

ruleTester.run("no-leaked-client: a submittable held in a const before pg is handed it", rule, {
  valid: [
    {
      name: "a pg-cursor held, then queried",
      code: READ("const cursor = new Cursor(sql);", "client.query(cursor);"),
    },
    {
      name: "a cursor of the project's module built inline in the query",
      code: READ("let cursor;", "cursor = client.query(new db.Cursor(sql));"),
    },
    {
      name: "a pg-cursor the project's module re-exports, held, then queried",
      code: READ("const cursor = new db.Cursor(sql);", "client.query(cursor);"),
      filename: at("reexported"),
    },
    {
      name: "a pg-cursor a TypeScript module re-exports by name, imported by name",
      code: DESTRUCTURED,
      filename: at("esm", "entry.ts"),
    },
  ],
  invalid: [
    {
      name: "an object built and only read for its text: its constructor may throw with the client held",
      code: READ("const cursor = new Cursor(sql);", "client.query(cursor.text, () => {});"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a cursor given values, which it prepares at once (a value's toPostgres may throw)",
      code: READ("const cursor = new Cursor(sql, [id]);", "client.query(cursor);").replace("firstRows(sql)", "firstRows(sql, id)"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a `let` that may hold something else by the time it is queried",
      code: READ("let cursor = new Cursor(sql);", "client.query(cursor);"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a class of the project's module, which the file does not show to be pg-cursor's",
      code: READ("const cursor = new db.Cursor(sql);", "client.query(cursor);"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "the project's own class named Cursor, whose constructor may throw",
      code: READ("const cursor = new db.Cursor(sql);", "client.query(cursor);"),
      filename: at("own"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a name the module exports twice, once as pg-cursor's class",
      code: READ("const cursor = new db.Cursor(sql);", "client.query(cursor);"),
      filename: at("twice"),
      errors: [{ messageId: "notReleasedOnThrow", line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a module binding assigned again before the cursor is built",
      code: READ("const cursor = new db.Cursor(sql);", "client.query(cursor);").replace('const db = require("./db");', 'let db = require("./db");\ndb = globalThis.otherDb;'),
      filename: at("reexported"),
      errors: [{ messageId: "notReleasedOnThrow", line: 7, column: 24, suggestions: [] }],
    },
  ],
});
