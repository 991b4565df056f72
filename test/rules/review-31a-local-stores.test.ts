// review-31a: unreleased-local-stores.ts (a checkout stored into a function's local that nothing releases or lets go
// further is no hand-over) on the shapes that broke it: a variable of a CommonJS script's top level, a function scope
// under `sourceType: "commonjs"` (ESLint's default for .cjs), read as a function's local; a parameter left by
// `arguments` read as only queried; and `db.removeAllListeners(…).release()` read as a query. Each was a false alarm
// (neverReleased) on code that keeps or releases the client. Every shape under typescript-eslint and espree.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PG = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A handler storing its checkout into `let db`, then `uses`, with `after` at the top level. */
const local = (uses: string, after = "") => `${PG}async function handler(socket) {
  let db;
  const client = await pool.connect();
  db = client;
  await db.query("SELECT 1");
  ${uses}
}
${after}module.exports = handler;
`;
const parsers = [
  { parser: "typescript-eslint", languageOptions: {} },
  { parser: "espree", languageOptions: { parser: espree } },
] as const;

ruleTester.run("review-31a: a checkout stored into a local nothing releases, on the shapes that broke it (no-leaked-client)", rule, {
  valid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `a CommonJS script's top-level let holds the client for the process (${parser})`,
      code: `${PG}let shared;
async function init() {
  const client = await pool.connect();
  shared = client;
}
async function count() {
  return (await shared.query("SELECT count(*) FROM t")).rows[0];
}
module.exports = { init, count };
`,
      filename: "db.js",
      languageOptions: { ...languageOptions, sourceType: "commonjs" as const },
    },
    {
      name: `the local handed to a function that keeps it through arguments (${parser})`,
      code: local("keep(db);", "const kept = [];\nfunction keep(c) {\n  kept.push(arguments[0]);\n}\n"),
      filename: "handler.js",
      languageOptions,
    },
    {
      name: `the local released at the end of a chain of methods that answer the client (${parser})`,
      code: local(`socket.on("end", () => db.removeAllListeners("error").release());`),
      filename: "handler.js",
      languageOptions,
    },
  ]),
  invalid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `a function's local only queried and never released is still reported (${parser})`,
      code: local(`socket.on("end", () => db.removeAllListeners("error"));`),
      filename: "handler.js",
      languageOptions,
      errors: [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 5, column: 24, suggestions: [] }],
    },
  ]),
});
