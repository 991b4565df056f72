// A pg-cursor built from the SQL text into a `const` and then handed to pg (`const cursor = new Cursor(sql);
// client.query(cursor)`) is no throw point, as `client.query(new Cursor(sql))` written inline is not. A `new` whose
// value pg is not given as a submittable, given values, or of a class the file does not show to be pg-cursor's
// (erc83/desafio-mi-bank's `new db.Cursor(sql)`, re-exported by its db module) stays one.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

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
  ],
});
