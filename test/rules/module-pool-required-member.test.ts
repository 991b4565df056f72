// A local module whose pool is made from the class read as a member of pg's require: `const Pool = require("pg").Pool`
// then `module.exports = new Pool(…)` (Kirby-SDC/QA's Database/utils/connect.js, exported as `connectionClient`). The
// module reader knew `const { Pool } = require("pg")` and `new pg.Pool()`, not the member form, so a probe that never
// releases its checkout went unseen whenever the pool's name did not end in "pool". `require("pg").native` is pg's module
// too. The same module exporting `require("pg").Client`'s instance stays a Client: its connect is no checkout.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-module-pool-required-member-");

write("member/connect.js", `const Pool = require("pg").Pool;\nconst connectionClient = new Pool({});\nmodule.exports = connectionClient;\n`);
write("native/connect.js", `const pg = require("pg").native;\nmodule.exports = new pg.Pool();\n`);
write("client/connect.js", `const Client = require("pg").Client;\nconst connectionClient = new Client({});\nmodule.exports = connectionClient;\n`);

const at = (dir: string) => path.join(root, dir, "entry.js");
const PROBE = `const connectionClient = require("./connect.js");\nconnectionClient.connect((err, client, release) => {\n  if (err) {\n    return console.error("Error acquiring client", err.stack);\n  }\n  console.log("connected to database");\n});\n`;
const leak = (line: number) => [{ messageId: "neverReleased" as const, data: { pool: "connectionClient" }, line, column: 1, suggestions: [] }];

ruleTester.run("no-leaked-client: a pool made from `require(\"pg\").Pool` in a local module", rule, {
  valid: [
    { name: "the same module exporting a `require(\"pg\").Client` instance: a Client's connect is no checkout", code: PROBE, filename: at("client") },
    {
      name: "the member-form pool's probe releasing through the callback's `release`",
      code: PROBE.replace(`console.log("connected to database");`, `console.log("connected to database");\n  release();`),
      filename: at("member"),
    },
  ],
  invalid: [
    { name: "the member-form pool's probe that never releases", code: PROBE, filename: at("member"), errors: leak(2) },
    { name: "a pool of `require(\"pg\").native`", code: PROBE, filename: at("native"), errors: leak(2) },
  ],
});
