// Source: kvet/queuert — packages/postgres/src/specs-pg/state-adapter-conformance.spec.ts (stateAdapter fixture), reduced by hand, not copied
// Label: safe
// Why: the only query between the checkout and the release ends in `.catch(() => {})`, so its awaited promise cannot reject; the release always runs
import { Pool } from "pg";
import { test as base } from "vitest";

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
      await client
        .query(`DROP TABLE IF EXISTS queuert_job_blocker, queuert_job, queuert_migration CASCADE`)
        .catch(() => {});
      client.release();

      await use(true);
    },
    { scope: "test" },
  ],
});
