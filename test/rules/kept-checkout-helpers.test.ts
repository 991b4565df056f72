// A module that keeps its checkout in a module variable its other functions read (`let client; exports.connectToDB =
// async () => { client = await pool.connect(); return client; }; exports.query = (text) => client.query(text)`)
// holds that client for every caller: its connect function is no checkout helper, and the caller that starts it
// (`connectToDB();` when the app starts) drops nothing (review-g, against corpus-n's assigned-return reading). The
// same function whose variable nothing else in the module reads (Cybertron-Avneesh/SWE-backend's undeclared global)
// still hands every caller a client to release.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-kept-checkout-helpers-");

const POOL = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
const CONNECT = `exports.connectToDB = async function () {\n  client = await pool.connect();\n  return client;\n};\n`;
write("db/kept.js", `${POOL}let client;\n${CONNECT}exports.query = (text, params) => client.query(text, params);\n`);
write("db/kept-implicit.js", `${POOL}${CONNECT}exports.query = function (text) {\n  return client.query(text);\n};\n`);
write("db/shadowed.js", `${POOL}let client;\n${CONNECT}exports.other = async function (client) {\n  return client.query("SELECT 1");\n};\n`);
write("db/alone.js", `${POOL}let client;\n${CONNECT}`);
write("db/keys.js", `${POOL}let client;\n${CONNECT}exports.stats = () => ({ client: pool.totalCount, idle: pool.client, [pool.idleCount]: 1 });\n`);

const at = (module: string) => path.join(root, "db", `${module}-entry.js`);
const STARTER = (module: string) =>
  `const { connectToDB } = require("./${module}.js");\nconnectToDB();\nexports.ready = true;\n`;

ruleTester.run("no-leaked-client: a connect function that keeps its client for every caller", rule, {
  valid: [
    { name: "the module's query function reads the kept client", code: STARTER("kept"), filename: at("kept") },
    { name: "an undeclared global read by another function of the module", code: STARTER("kept-implicit"), filename: at("kept-implicit") },
  ],
  invalid: [
    {
      name: "nothing else in the module reads the variable: each call checks out a client the caller owns",
      code: STARTER("alone"),
      filename: at("alone"),
      errors: [{ messageId: "helperNeverReleased", line: 2, column: 1 }],
    },
    {
      name: "a key and a member's name are no use of the variable",
      code: STARTER("keys"),
      filename: at("keys"),
      errors: [{ messageId: "helperNeverReleased", line: 2, column: 1 }],
    },
    {
      name: "another function's own parameter of the same name is not the kept client",
      code: STARTER("shadowed"),
      filename: at("shadowed"),
      errors: [{ messageId: "helperNeverReleased", line: 2, column: 1 }],
    },
  ],
});
