// no-leaked-client: pools of drivers built on pg's Pool. @vercel/postgres's `db` and `sql` exports are pools, as are
// its `createPool(…)` and `new VercelPool(…)`; @neondatabase/serverless's `Pool` is pg's class (vercel/storage#177:
// `const client = await db.connect()`, never released, hung after a few calls). Their twins: the same code with a
// release in finally, and same-named exports of packages that are not such drivers. A parameter or field annotated with
// @vercel/postgres's `VercelPool` class is a pool whatever its name (drizzle-orm issue #6241: VercelPgSession.transaction
// sends BEGIN before the try whose finally releases). CommonJS takes the same exports with `require` (the Next.js Learn
// course's seed script: `const { db } = require("@vercel/postgres")`, its client ended only after every seeder).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** vercel/storage#177's PhotoViews with `db` imported from `source`; `end` closes the try. */
const photoViews = (source: string, end: string) => `import { db } from "${source}";
export async function PhotoViews(photoId) {
  const client = await db.connect();
  try {
    const result = await client.sql\`SELECT COUNT(*) AS count FROM photo_views WHERE photo_id = \${photoId}\`;
    return result.rows[0];
  ${end}
}`;

const RETHROWS = "} catch (error) {\n    throw error;\n  }";
const RELEASES = "} finally {\n    client.release();\n  }";

/** The two-function case below with `rewritten`'s checkout turned into withClient. */
const twoPools = (rewritten: "sql" | "reports") => {
  const body = (pool: string) =>
    pool === rewritten
      ? `  await withClient(${pool}, async (c) => {\n    await c.query("SELECT 1");\n  });`
      : `  const c = await ${pool}.connect();\n  await c.query("SELECT 1");`;
  return `import { sql, VercelPool } from "@vercel/postgres";
import { withClient } from "poolguard/runtime";
const reports = new VercelPool({});
export async function a() {
${body("sql")}
}
export async function b() {
${body("reports")}
}`;
};

/** A transfer on `db: VercelPool`; `beginInside` moves BEGIN into the try. */
const vercelTransfer = (beginInside: boolean) => {
  const begin = 'await client.query("BEGIN");';
  return `import type { VercelPool } from "@vercel/postgres";
export async function transfer(db: VercelPool, from: string, to: string) {
  const client = await db.connect();
  ${beginInside ? "try {\n    " + begin : begin + "\n  try {"}
    await client.query("UPDATE accounts SET n = n - 1 WHERE id = $1", [from]);
    await client.query("UPDATE accounts SET n = n + 1 WHERE id = $1", [to]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`;
};

/** The Next.js Learn seed script's main with `db` required from `source`; `tail` ends it. */
const seedMain = (source: string, tail: string) => `const { db: pg } = require("${source}");
async function main() {
  const client = await pg.connect();
  ${tail}
}
main().catch((err) => console.error(err));`;

const SEED_ENDS = 'await client.sql`CREATE TABLE IF NOT EXISTS users (id INT)`;\n  await client.end();';
const SEED_RELEASES = 'try {\n    await client.sql`CREATE TABLE IF NOT EXISTS users (id INT)`;\n  } finally {\n    client.release();\n  }';

ruleTester.run("pg-compatible drivers (no-leaked-client)", rule, {
  valid: [
    { name: "@vercel/postgres's db, released in finally", code: photoViews("@vercel/postgres", RELEASES) },
    { name: "a `db` of a package that is no such driver says nothing", code: photoViews("./database", RETHROWS) },
    { name: "@vercel/postgres's db required under another name, released in finally", code: seedMain("@vercel/postgres", SEED_RELEASES) },
    { name: "a `db` required from the project's own module says nothing", code: seedMain("./database", SEED_ENDS) },
    {
      name: "@vercel/postgres's createPool, released in finally",
      code: `import { createPool } from "@vercel/postgres";
const pool2 = createPool({ connectionString: process.env.POSTGRES_URL });
export async function count() {
  const c = await pool2.connect();
  try {
    return (await c.query("SELECT count(*) FROM t")).rows[0];
  } finally {
    c.release();
  }
}`,
    },
    {
      name: "a createPool of another package (mysql2) is not a pg pool",
      code: `import { createPool } from "mysql2/promise";
const conns = createPool({});
export async function count() {
  const c = await conns.connect();
  await c.query("SELECT 1");
}`,
    },
    { name: "a parameter typed VercelPool, BEGIN inside the try", code: vercelTransfer(true) },
    {
      name: "a VercelPool type of the project's own module is not @vercel/postgres's",
      code: `import type { VercelPool } from "./types";
export async function ping(db: VercelPool) {
  const client = await db.connect();
  await client.query("SELECT 1");
}`,
    },
    {
      name: "a parameter typed VercelPoolClient is a client: its connect() checks nothing out",
      code: `import type { VercelPoolClient } from "@vercel/postgres";
export async function ping(db: VercelPoolClient) {
  await db.connect();
  await db.query("SELECT 1");
}`,
    },
  ],
  invalid: [
    {
      name: "the Next.js Learn seed script: @vercel/postgres's db required, the client ended only on success",
      code: seedMain("@vercel/postgres", SEED_ENDS),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "pg" },
          line: 3,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: `const { db: pg } = require("@vercel/postgres");
const { withClient } = require("poolguard/runtime");
async function main() {
  await withClient(pg, async (client) => {
    await client.sql\`CREATE TABLE IF NOT EXISTS users (id INT)\`;
    await client.end();
  });
}
main().catch((err) => console.error(err));` }],
        },
      ],
    },
    {
      name: "vercel/storage#177: @vercel/postgres's db, the catch only rethrows",
      code: photoViews("@vercel/postgres", RETHROWS),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "db" },
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { db } from "@vercel/postgres";
import { withClient } from "poolguard/runtime";
export async function PhotoViews(photoId) {
  return await withClient(db, async (client) => {
    try {
      const result = await client.sql\`SELECT COUNT(*) AS count FROM photo_views WHERE photo_id = \${photoId}\`;
      return result.rows[0];
    } catch (error) {
      throw error;
    }
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "@vercel/postgres's sql export and new VercelPool are pools too",
      code: `import { sql, VercelPool } from "@vercel/postgres";
const reports = new VercelPool({});
export async function a() {
  const c = await sql.connect();
  await c.query("SELECT 1");
}
export async function b() {
  const c = await reports.connect();
  await c.query("SELECT 1");
}`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "sql" },
          line: 4,
          column: 19,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: twoPools("sql") }],
        },
        {
          messageId: "neverReleased",
          data: { pool: "reports" },
          line: 8,
          column: 19,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: twoPools("reports") }],
        },
      ],
    },
    {
      name: "@neondatabase/serverless's Pool under another name",
      code: `import { Pool as Neon } from "@neondatabase/serverless";
const store = new Neon({ connectionString: process.env.DATABASE_URL });
export async function a() {
  const c = await store.connect();
  await c.query("SELECT 1");
}`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "store" },
          line: 4,
          column: 19,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { Pool as Neon } from "@neondatabase/serverless";
import { withClient } from "poolguard/runtime";
const store = new Neon({ connectionString: process.env.DATABASE_URL });
export async function a() {
  await withClient(store, async (c) => {
    await c.query("SELECT 1");
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a parameter typed VercelPool, whatever its name: BEGIN before the try",
      code: vercelTransfer(false),
      errors: [
        {
          messageId: "workBeforeTry",
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import type { VercelPool } from "@vercel/postgres";
import { withClient } from "poolguard/runtime";
export async function transfer(db: VercelPool, from: string, to: string) {
  await withClient(db, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query("UPDATE accounts SET n = n - 1 WHERE id = $1", [from]);
      await client.query("UPDATE accounts SET n = n + 1 WHERE id = $1", [to]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
