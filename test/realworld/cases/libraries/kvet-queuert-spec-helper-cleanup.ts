// Source: kvet/queuert — packages/postgres/src/specs/state-adapter.pg.spec-helper.ts (_dbCleanup fixture), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after the test, two DELETEs run between the checkout and the release with nothing catching them: a failing DELETE leaves the client checked out
import { Pool } from "pg";
import { test as base } from "vitest";

export const test = base.extend<{ statePool: Pool; _dbCleanup: void }>({
  statePool: async ({}, use) => {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL });
    await use(pool);
    await pool.end();
  },
  _dbCleanup: [
    async ({ statePool }, use) => {
      await use();

      const client = await statePool.connect();
      await client.query(`DELETE FROM queuert_job_blocker;`);
      await client.query(`DELETE FROM queuert_job;`);
      client.release();
    },
    { scope: "test" },
  ],
});
