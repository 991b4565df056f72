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

// A `catch` that ends the client's own pool runs before the `finally` that would release it, so that `finally` does
// not settle the checkout (finally-released.ts); an `await` of a handler chain on end() waits as long as end() does
// (truffle-ai/dexto's PostgresStore.connect: `await this.pool.end().catch(() => {})`).
const STORE = `class Store {
  async connect() {
    this.pool = new Pool();
    let client;
    try {
      client = await this.pool.connect();
      await client.query("SELECT NOW()");
    } catch (error) {
      console.error(error);
      await this.pool.end().catch(() => {});
      throw error;
    } finally {
      if (client) {
        client.release();
      }
    }
  }
}
`;
const CATCH_END = `import { Pool } from "pg";
const pool = new Pool();
async function probe() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    await pool.end();
    throw error;
  } finally {
    client.release();
  }
}
`;

ruleTester.run("no-leaked-client: a `catch` awaiting the client's own pool's end() before the `finally` releases", rule, {
  valid: [
    {
      name: "another pool's end(), awaited through `.catch`, waits on none of this pool's clients",
      code: STORE.replace("await this.pool.end().catch", "await this.other.end().catch"),
    },
    {
      name: "end() not awaited: the path goes on to the finally's release",
      code: STORE.replace("await this.pool.end().catch", "void this.pool.end().catch"),
    },
    {
      name: "released first in the finally, then the pool ends through `.catch`",
      code: CATCH_END.replace("    await pool.end();\n", "").replace(
        "    client.release();\n",
        "    client.release();\n    await pool.end().catch(() => {});\n",
      ),
    },
    {
      name: "the same `try` with no end() in its catch: settled by the finally",
      code: CATCH_END.replace("    await pool.end();\n", ""),
    },
  ],
  invalid: [
    {
      name: "`await this.pool.end().catch(() => {})` in the catch, released in the finally after it (dexto)",
      code: STORE,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 7 }, line: 6, column: 22 }],
    },
    {
      name: "`await pool.end()` in the catch of a `const` checkout whose finally releases",
      code: CATCH_END,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 24 }],
    },
    {
      name: "the chain may be longer: `.then(…).finally(…)` on end() waits as long",
      code: STORE.replace(".end().catch(() => {})", ".end().then(() => {}).finally(() => {})"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 7 }, line: 6, column: 22 }],
    },
  ],
});
