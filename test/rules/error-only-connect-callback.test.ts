// `pool.connect((err) => …)` on a pool known only by its name: pg's error-first callback written without the client
// (a start-up connectivity check), whose checkout is never given back — not a handler of another library that
// receives a connection (slonik's `pool.connect(async (connection) => …)`). Corpus: Luckynotrich/ur-backend's
// remove-cat-db.js and jojoldu/node-performance-in-action's app.ts. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const withPool = (callback: string) => `const db = require("./fs_pool.js");
const pool = db.getPool();
pool.connect(${callback});`;

ruleTester.run("no-leaked-client: an error-only connect callback", rule, {
  valid: [
    { name: "a handler given the connection: another library's connect(handler)", code: withPool('(connection) => {\n  console.log("connected", connection);\n}') },
    { name: "a handler without parameters", code: withPool('() => console.log("connected")') },
    { name: "pg's callback that releases", code: withPool('(err, client, release) => {\n  if (err) return console.error(err.stack);\n  release();\n}') },
  ],
  invalid: [
    {
      name: "`(err) => …`: the checkout of the connectivity check is never released",
      code: withPool('(err) => {\n  if (err) {\n    console.error("connection error", err.stack);\n  } else {\n    console.log("connected");\n  }\n}'),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 3, column: 1, suggestions: [] }],
    },
    {
      name: "`function (error) { … }` likewise",
      code: withPool('function (error) {\n  if (error) throw error;\n}'),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 3, column: 1, suggestions: [] }],
    },
  ],
});
