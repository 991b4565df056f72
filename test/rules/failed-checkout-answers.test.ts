// A local module's checkout helper whose catch answers a failed checkout with something else
// (Cybertron-Avneesh/SWE-backend's utils/db.js: `try { client = await pool.connect(); return client; } catch (err) {
// return res.status(503).end(…); }`), and one that returns the checkout it has just assigned to a name that is not
// its own variable (there, an undeclared global): both still hand every caller a client to release
// (checkout-functions.ts, helperReturns). A value returned from a catch of a `try` that makes no checkout, and a
// variable assigned a checkout only when empty, keep the function something else, as before.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-failed-checkout-answers-");

write("db/config.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = { pool };\n`);
// The source's helper: the checkout in an undeclared global, an error response from the catch.
write(
  "db/helper.js",
  `const { pool } = require("./config.js");\nexports.Client = async function () {\n  try {\n    client = await pool.connect();\n    return client;\n  } catch (err) {\n    return res.status(503).end("Server Error");\n  }\n};\n`,
);
// The same answer from a catch whose try makes no checkout: the helper returns something that is not a client.
write(
  "db/validated.js",
  `const { pool } = require("./config.js");\nexports.Client = async function (cached) {\n  try {\n    check(cached);\n  } catch (err) {\n    return cached;\n  }\n  return pool.connect();\n};\n`,
);
// A module variable checked out once and lent to every caller: assigned only when empty.
write(
  "db/memo.js",
  `const { pool } = require("./config.js");\nlet client;\nexports.Client = async function () {\n  if (!client) client = await pool.connect();\n  return client;\n};\n`,
);

const at = (helper: string) => path.join(root, "db", `${helper}-entry.js`);
const CALLER = (helper: string, end: string) =>
  `const { Client } = require("./${helper}.js");\nexports.createlog = async function (user, action) {\n  const client = await Client();\n  let ret;\n  await client\n    .query("INSERT INTO logs VALUES ($1, $2)", [user, action])\n    .then(() => (ret = { msg: "logs created" }))\n    .catch((err) => console.log(err));\n${end}  return ret;\n};\n`;

ruleTester.run("no-leaked-client: a checkout helper whose catch answers a failed checkout", rule, {
  valid: [
    {
      name: "the helper's client released after a chain whose catch only logs",
      code: CALLER("helper", "  client.release();\n"),
      filename: at("helper"),
    },
    {
      name: "a helper whose catch returns a value, but whose try makes no checkout, is not a checkout",
      code: CALLER("validated", "  await client.end();\n"),
      filename: at("validated"),
    },
    {
      name: "a helper returning a module variable checked out only when empty is not a checkout",
      code: CALLER("memo", "  await client.end();\n"),
      filename: at("memo"),
    },
  ],
  invalid: [
    {
      name: "the helper's client closed with end(), never released",
      code: CALLER("helper", "  await client.end();\n"),
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the helper's client never given back",
      code: CALLER("helper", ""),
      filename: at("helper"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
  ],
});
