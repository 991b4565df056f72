// The callback form of `return client`: a function that takes a callback hands its checkout to it
// (paulserraino/pg-pubsub's test fixture, `function getClient(cb)` in pg-era modules). The caller's callback owns
// the client from there. Work that can throw before the hand-over still leaks it, and a function that also releases
// the client only lends it to the callback.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const POOL = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A connect callback that hands the client to `deliver`, declared as the function's parameter or not. */
const CALLBACK_FORM = (params: string) =>
  `${POOL}function getClient(${params}) {\n  pool.connect((err, client) => {\n    if (err) return deliver(err);\n    deliver(null, client);\n  });\n}\nmodule.exports = { getClient };\n`;
const AWAITED_FORM = (beforeHandOver: string) =>
  `${POOL}async function getClient(cb) {\n  const client = await pool.connect();\n${beforeHandOver}  cb(client);\n}\nmodule.exports = { getClient };\n`;

ruleTester.run("no-leaked-client: a client handed to the caller's callback", rule, {
  valid: [
    {
      name: "the connect callback gives the client to the function's own callback",
      code: CALLBACK_FORM("deliver"),
    },
    {
      name: "an awaited checkout given to the caller's callback at once",
      code: AWAITED_FORM(""),
    },
  ],
  invalid: [
    {
      name: "a function of the module that is not the caller's callback only borrows the client",
      code: CALLBACK_FORM("") + `function deliver(err, client) {\n  if (client) console.log(client.processID);\n}\n`,
      errors: [{ messageId: "callbackPathWithoutDone", line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "an awaited query before the hand-over may throw with the client held",
      code: AWAITED_FORM(`  await client.query("SET search_path TO app");\n`),
      errors: [{ messageId: "notHandedOverOnThrow", line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "a function that releases the client itself only lends it to the callback",
      code: `${POOL}function run(cb) {\n  pool.connect((err, client, done) => {\n    if (err) return cb(err);\n    cb(null, client);\n    if (client.readyForQuery) done();\n  });\n}\nmodule.exports = { run };\n`,
      errors: [{ messageId: "callbackPathWithoutDone", line: 4, column: 3, suggestions: [] }],
    },
  ],
});
