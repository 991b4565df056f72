// A pool reached through a member of a local module's exported object: `const { pool } = require("./db").pg` where
// ./db exports `{ pg: { pool } }`, or `{ pg }` with `const pg = require("./pg")` (asthajadia12/home-automation-console's
// db/index.js over db/pg.js). The member is read one level down (module-reader.ts's nested members), so the pool is
// known as pg's, not by its name only: `pool.connect(() => {})` then checks out a client nothing gives back (a pool
// known only by its name keeps such a callback another library's, error-only-connect-callback.test.ts). A module that
// cannot be read, or that holds another library's pool, leaves the pool known by name only. Each invalid case sits
// next to its valid twin.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-nested-module-pools-");

const PG_MODULE = `const { Pool } = require("pg");\nconst pool = new Pool();\nfunction getClient() {\n  return pool.connect();\n}\nmodule.exports = { pool, getClient };\n`;
write("nested/db.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = { pg: { pool } };\n`);
write("reexported/pg.js", PG_MODULE);
write("reexported/db.js", `const pg = require("./pg");\nmodule.exports = { pg };\n`);
write("inline/pg.js", PG_MODULE);
write("inline/db.js", `module.exports = { pg: require("./pg") };\n`);
write("slonik/pg.js", `const { createPool } = require("slonik");\nconst pool = createPool(process.env.DATABASE_URL);\nmodule.exports = { pool };\n`);
write("slonik/db.js", `const pg = require("./pg");\nmodule.exports = { pg };\n`);
write("keyed/pg.js", PG_MODULE);
write("keyed/db.js", `const postgres = require("./pg");\nmodule.exports = { postgres };\n`);
write("missing/db.js", `const pg = require("./nowhere");\nmodule.exports = { pg };\n`);

const at = (dir: string) => path.join(root, dir, "entry.js");
const WARM_UP = `const { pool } = require("./db").pg;\npool.connect(() => {\n});\n`;
const leak = (line: number) => [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line, column: 1, suggestions: [] }];

ruleTester.run("no-leaked-client: a pool in a member of a local module's export", rule, {
  valid: [
    { name: "a member holding another library's pool stays known by name only", code: WARM_UP, filename: at("slonik") },
    { name: "a member required from a module that cannot be found stays known by name only", code: WARM_UP, filename: at("missing") },
    {
      name: "a pool of the nested object, released in pg's callback",
      code: `const { pool } = require("./db").pg;\npool.connect((err, client, done) => {\n  done();\n});\n`,
      filename: at("nested"),
    },
  ],
  invalid: [
    { name: "an object literal under the member (`{ pg: { pool } }`)", code: WARM_UP, filename: at("nested"), errors: leak(2) },
    { name: "another local module's exports under the member (`{ pg }`, pg = require(\"./pg\"))", code: WARM_UP, filename: at("reexported"), errors: leak(2) },
    { name: "required inline under the member (`{ pg: require(\"./pg\") }`)", code: WARM_UP, filename: at("inline"), errors: leak(2) },
    {
      name: "the pool read as a member chain of the required module",
      code: `const pool = require("./db").pg.pool;\npool.connect(() => {\n});\n`,
      filename: at("reexported"),
      errors: leak(2),
    },
    {
      // (`db.pg.pool` would be read as @fastify/postgres's decorator: another key shows the module's reading.)
      name: "the pool reached through the whole module's member (`db.postgres.pool`)",
      code: `const db = require("./db");\ndb.postgres.pool.connect(() => {\n});\n`,
      filename: at("keyed"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.postgres.pool" }, line: 2, column: 1, suggestions: [] }],
    },
  ],
});
