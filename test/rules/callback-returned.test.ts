// The callback form of `return client`: a function that takes a callback hands its checkout to it
// (paulserraino/pg-pubsub's test fixture, `function getClient(cb)` in pg-era modules). The caller's callback owns
// the client from there. Work that can throw before the hand-over still leaks it, and a function that also releases
// the client only lends it to the callback. A node-machine definition (a Sails helper) answers its caller through the
// exits it is given: `return exits.success(client)` in its `fn(inputs, exits)` (DAppBoard/dappboard-web's `db.getdb`).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const POOL = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A connect callback that hands the client to `deliver`, declared as the function's parameter or not. */
const CALLBACK_FORM = (params: string) =>
  `${POOL}function getClient(${params}) {\n  pool.connect((err, client) => {\n    if (err) return deliver(err);\n    deliver(null, client);\n  });\n}\nmodule.exports = { getClient };\n`;
/** A Sails helper whose `fn` hands its checkout to the exit it is given; `keys` and `params` vary the definition. */
const MACHINE_FORM = (keys: string, params: string, beforeHandOver = "") =>
  `${POOL}module.exports = {\n  ${keys}\n  fn: async function (${params}) {\n    const c = await pool.connect();\n${beforeHandOver}    return exits.success(c);\n  },\n};\n`;
/** MACHINE_FORM rewritten onto withClient, as the never-released suggestion offers it. */
const MACHINE_ON_WITH_CLIENT = (keys: string, params: string) =>
  `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst pool = new Pool();\nmodule.exports = {\n  ${keys}\n  fn: async function (${params}) {\n    return await withClient(pool, async (c) => {\n      return exits.success(c);\n    });\n  },\n};\n`;
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
    {
      name: "a Sails helper's fn hands the checkout to exits.success",
      code: MACHINE_FORM("friendlyName: \"Get db\",\n  inputs: {},", "inputs, exits"),
    },
    {
      name: "the exit of a machine written with the method shorthand",
      code: MACHINE_FORM("inputs: {},", "inputs, exits").replace("fn: async function (", "async fn("),
    },
  ],
  invalid: [
    {
      name: "an object with a fn but no inputs is no machine definition: exits.success only borrows the client",
      code: MACHINE_FORM("friendlyName: \"Get db\",", "inputs, exits"),
      errors: [
        {
          messageId: "neverReleased",
          line: 6,
          column: 21,
          suggestions: [{ messageId: "rewriteWithClient", output: MACHINE_ON_WITH_CLIENT("friendlyName: \"Get db\",", "inputs, exits") }],
        },
      ],
    },
    {
      name: "a call on the fn's first parameter is no exit",
      code: MACHINE_FORM("inputs: {},", "exits, inputs"),
      errors: [
        {
          messageId: "neverReleased",
          line: 6,
          column: 21,
          suggestions: [{ messageId: "rewriteWithClient", output: MACHINE_ON_WITH_CLIENT("inputs: {},", "exits, inputs") }],
        },
      ],
    },
    {
      name: "an awaited query before the machine's exit may throw with the client held",
      code: MACHINE_FORM("inputs: {},", "inputs, exits", `    await c.query("SET search_path TO app");\n`),
      errors: [{ messageId: "notHandedOverOnThrow", line: 6, column: 21, suggestions: [] }],
    },
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
