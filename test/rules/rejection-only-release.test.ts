// A promise chain whose only release is in its rejection handler (`.then(answer).catch(() => client.release())`)
// keeps the client whenever the query succeeds (releasedOnlyOnRejection); and a release after a `return` or `throw` of
// its own block is never reached, so it is no release (never-run-releases.ts). evo0705/JetSpreeNodeJS's trips list
// before a88c214: `.then((result) => { return res.json(…); client.release(); }).catch(() => { client.release(); … })`.
// Each valid case sits next to its invalid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const pool = 'const { Pool } = require("pg");\nconst pool = new Pool();\n';
/** The chain inside `pool.connect().then((client) => { … })`, on line 5. */
const inThen = (chain: string) => `${pool}function list(res) {\n  pool.connect().then((client) => {\n    ${chain};\n  });\n}`;

ruleTester.run("no-leaked-client: a release only in a rejection handler, or after a return", rule, {
  valid: [
    {
      name: "the `.then` releases before it returns, the `.catch` too",
      code: inThen('client.query("SELECT 1").then((r) => {\n      client.release();\n      return res.json(r.rows);\n    }).catch(() => client.release())'),
    },
    {
      name: "the `.then` releases after answering, reachable",
      code: inThen('client.query("SELECT 1").then((r) => {\n      res.json(r.rows);\n      client.release();\n    }).catch(() => client.release())'),
    },
    {
      name: "`.finally` releases on both outcomes",
      code: inThen('client.query("SELECT 1").then((r) => res.json(r.rows)).finally(() => client.release())'),
    },
    {
      name: "the rejection handler releases and the owner releases after the awaited chain",
      code: `${pool}async function list(res) {\n  const client = await pool.connect();\n  await client.query("SELECT 1").catch((e) => {\n    client.release();\n    throw e;\n  });\n  client.release();\n}`,
    },
    {
      name: "a release in a function declared after the `return` runs when it is called",
      code: inThen('client.query("SELECT 1").then((r) => {\n      return done();\n      function done() {\n        client.release();\n      }\n    }).catch(() => client.release())'),
    },
  ],
  invalid: [
    {
      name: "the `.then`'s release follows its `return`: only the `.catch` releases",
      code: inThen('client.query("SELECT 1").then((r) => {\n      return res.json(r.rows);\n      client.release();\n    }).catch(() => {\n      client.release();\n    })'),
      errors: [{ messageId: "releasedOnlyOnRejection", data: { pool: "pool", line: 5 }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "no release in the `.then` at all",
      code: inThen('client.query("SELECT 1").then((r) => res.json(r.rows)).catch(() => client.release())'),
      errors: [{ messageId: "releasedOnlyOnRejection", data: { pool: "pool", line: 5 }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "the rejection handler of a two-callback `.then`, after `await pool.connect()`",
      code: `${pool}async function list(res) {\n  const client = await pool.connect();\n  client.query("SELECT 1").then((r) => res.json(r.rows), () => client.release());\n}`,
      errors: [{ messageId: "releasedOnlyOnRejection", data: { pool: "pool", line: 5 }, line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "through a helper of the file: its own wording",
      code: `${pool}function getClient() {\n  return pool.connect();\n}\nasync function list(res) {\n  const client = await getClient();\n  client.query("SELECT 1").then((r) => res.json(r.rows)).catch(() => client.release());\n}`,
      errors: [{ messageId: "helperReleasedOnlyOnRejection", data: { checkout: "getClient()", line: 8 }, line: 7, column: 24, suggestions: [] }],
    },
  ],
});
