// `await pool.end()` while a client of that pool is held waits for ever (pg-pool's end() settles once every client is
// back): the leak is named by the call that left the client held, not by that `await` (pool-end.ts;
// MisaelViana2015/sistema_principal's migrate-tires.ts). Each invalid case has its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const MIGRATE = `import { Pool } from "pg";
async function main() {
  const pool = new Pool();
  try {
    const client = await pool.connect();
    await client.query("CREATE TABLE t (id int)");
    client.release();
  } catch (error) {
    console.error(error);
  } finally {
    await pool.end();
    process.exit(0);
  }
}
`;
const MIGRATE_REWRITTEN = `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
async function main() {
  const pool = new Pool();
  try {
    await withClient(pool, async (client) => {
      await client.query("CREATE TABLE t (id int)");
    });
  } catch (error) {
    console.error(error);
  } finally {
    await pool.end();
    process.exit(0);
  }
}
`;
const RELEASED_IN_FINALLY = `import { Pool } from "pg";
async function main() {
  const pool = new Pool();
  const client = await pool.connect();
  try {
    await client.query("CREATE TABLE t (id int)");
  } catch (error) {
    console.error(error);
  } finally {
    client.release();
    await pool.end();
    process.exit(0);
  }
}
`;
const ON_THIS = `class Migrator {
  async run() {
    try {
      const client = await this.pool.connect();
      await client.query("SELECT 1");
      client.release();
    } catch (e) {
      console.error(e);
    } finally {
      await this.pool.end();
      process.exit(0);
    }
  }
}
`;
const ON_THIS_REWRITTEN = `import { withClient } from "poolguard/runtime";
class Migrator {
  async run() {
    try {
      await withClient(this.pool, async (client) => {
        await client.query("SELECT 1");
      });
    } catch (e) {
      console.error(e);
    } finally {
      await this.pool.end();
      process.exit(0);
    }
  }
}
`;

/** The same code ending a second pool, not the client's. */
const withOtherPool = (code: string): string =>
  code.replace("await pool.end();", "await other.end();").replace("const pool = new Pool();", "const pool = new Pool();\n  const other = new Pool();");

ruleTester.run("no-leaked-client: `await pool.end()` with the client held", rule, {
  valid: [
    { name: "released in the finally before the pool ends", code: RELEASED_IN_FINALLY },
    {
      name: "on `this`: released in the finally before the pool ends",
      code: `class Migrator {\n  async run() {\n    const client = await this.pool.connect();\n    try {\n      await client.query("SELECT 1");\n    } catch (e) {\n      console.error(e);\n    } finally {\n      client.release();\n      await this.pool.end();\n      process.exit(0);\n    }\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "the query's error is logged, then the finally awaits pool.end(): the query is named (migrate-tires.ts)",
      code: MIGRATE,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 5,
          column: 26,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: MIGRATE_REWRITTEN }],
        },
      ],
    },
    {
      name: "the same with the client's pool kept on `this`",
      code: ON_THIS,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "this.pool", line: 5 },
          line: 4,
          column: 28,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: ON_THIS_REWRITTEN }],
        },
      ],
    },
    {
      name: "another pool's end() does not wait on this client: it stays a throw point, named as before",
      code: withOtherPool(MIGRATE),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 12 },
          line: 6,
          column: 26,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: withOtherPool(MIGRATE_REWRITTEN) }],
        },
      ],
    },
  ],
});
