// A release given, uncalled, as the handler of a promise's rejection — `.then(() => release(), release)`,
// `.catch(release)`, `.then(…, client.release)` — runs when the promise rejects, so a release in the fulfilment
// handler of the same chain is not "released on success only" (promise-handler-roles.ts). pg's release is a closure
// over its client and needs no `this`. Each valid case sits next to its invalid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const pool = 'const { Pool } = require("pg");\nconst pool = new Pool();\n';
const inCallback = (chain: string) =>
  `${pool}pool.connect((err, client, release) => {\n  if (err) return console.error(err);\n  ${chain};\n});`;

ruleTester.run("no-leaked-client: a release given as a promise's rejection handler", rule, {
  valid: [
    { name: "`.then(() => release(), release)`", code: inCallback('client.query("SELECT 1").then(() => release(), release)') },
    { name: "`.then(function () { release(); }, release)`", code: inCallback('client.query("SELECT 1").then(function () {\n    release();\n  }, release)') },
    { name: "`.then(() => release()).catch(release)`", code: inCallback('client.query("SELECT 1").then(() => release()).catch(release)') },
    {
      name: "`client.release` given uncalled as the rejection handler",
      code: `${pool}function run() {\n  return pool.connect().then((client) => client.query("SELECT 1").then(() => client.release(), client.release));\n}`,
    },
  ],
  invalid: [
    {
      name: "a release given as a fulfilment handler (`.then(release)`) handles no rejection",
      code: inCallback('client.query("SELECT 1").then(() => release()).then(release)'),
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 3, column: 1, suggestions: [] }],
    },
  ],
});
