// A variable named like a pool but made with pg's own `new Client(…)` is one connection, not a pool: its `connect()`
// opens it and is no checkout (trappivan/rinha-backend-express-pg names its Client `pool`). The same name made with
// `new Pool(…)`, or a Client variable later given a pool, is still followed. Each invalid case sits next to the
// valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** `header` (lines 1-2), then a start-up function that connects `pool` (line 4) and never releases anything. */
const startUp = (header: string) => `${header}
const db = async () => {
  await pool.connect();
  console.log("db connected!");
};`;

const neverReleased = [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 4, column: 9, suggestions: [] }];

ruleTester.run("no-leaked-client: a pg Client named like a pool", rule, {
  valid: [
    { name: "required Client", code: startUp('const { Client, Pool } = require("pg");\nconst pool = new Client({ database: "app" });') },
    { name: "imported Client", code: startUp('import { Client } from "pg";\nconst pool = new Client();') },
    { name: "pg.Client through the default import", code: startUp('import pg from "pg";\nconst pool = new pg.Client();') },
  ],
  invalid: [
    { name: "required Pool", code: startUp('const { Client, Pool } = require("pg");\nconst pool = new Pool({ database: "app" });'), errors: neverReleased },
    { name: "pg.Pool through the default import", code: startUp('import pg from "pg";\nconst pool = new pg.Pool();'), errors: neverReleased },
    {
      name: "a Client variable later given a pool",
      code: startUp('import pg from "pg";\nlet pool = new pg.Client(); pool = new pg.Pool();'),
      errors: neverReleased,
    },
    { name: "a Client of another library named pool", code: startUp('import { Client } from "./db";\nconst pool = new Client();'), errors: neverReleased },
  ],
});
