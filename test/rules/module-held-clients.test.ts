// A top-level checkout an ES module keeps for the process (electric-sql's encryption example): its route handlers
// read `db`, nothing releases it. The module body ending is not where it leaks, so it is not reported; one the module
// reads only in its own body, or in a function it calls, and never releases, still is.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const held = `import express from "express";\nimport pg from "pg";\nconst pool = new pg.Pool();\nconst db = await pool.connect();\nconst app = express();\napp.post("/items", async (req, res) => {\n  await db.query("INSERT INTO items (id) VALUES ($1)", [req.body.id]);\n  res.sendStatus(201);\n});\napp.listen(3001);\n`;
const script = `import pg from "pg";\nconst pool = new pg.Pool();\nconst db = await pool.connect();\nasync function seed() {\n  await db.query("INSERT INTO items (id) VALUES (1)");\n}\nawait seed();\n`;

ruleTester.run("no-leaked-client: a client the module holds for its registered callbacks", rule, {
  valid: [
    { name: "read by a route handler the module registers, released nowhere", code: held },
    {
      name: "read by a listener the module registers",
      code: `import pg from "pg";\nconst pool = new pg.Pool();\nconst listener = await pool.connect();\nlistener.on("notification", (msg) => console.log(msg.payload));\nsetInterval(() => {\n  listener.query("SELECT 1").catch(() => {});\n}, 60000);\n`,
    },
  ],
  invalid: [
    {
      name: "read only by a function the body calls: the script never releases it",
      code: script,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "pool" },
          line: 3,
          column: 18,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import pg from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new pg.Pool();\nawait withClient(pool, async (db) => {\n  async function seed() {\n    await db.query("INSERT INTO items (id) VALUES (1)");\n  }\n  await seed();\n});\n`,
            },
          ],
        },
      ],
    },
  ],
});
