// Source: kvet/queuert — packages/postgres/src/specs/state-adapter-variance.spec.ts (stateAdapter fixture), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the DROP SCHEMA swallows its error, but the CREATE SCHEMA after it does not: when it rejects, the fixture throws before `client.release()` and the client stays checked out (and `pool.end()` then waits for it)
import { Pool } from "pg";
import { test as base } from "vitest";

const schema = "queuert_variance";

export const test = base.extend<{ pool: Pool; ready: boolean }>({
  pool: [
    async ({}, use) => {
      const pool = new Pool({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 0 });
      await use(pool);
      await pool.end();
    },
    { scope: "test" },
  ],
  ready: [
    async ({ pool }, use) => {
      const client = await pool.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      client.release();

      await use(true);
    },
    { scope: "test" },
  ],
});
