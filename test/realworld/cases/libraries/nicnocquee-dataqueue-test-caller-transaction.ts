// Source: nicnocquee/dataqueue — packages/dataqueue/src/index.test.ts ("rolls back the job when the transaction is rolled back"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out a client, opens a transaction and hands the client to addJob as `{ db: client }` (addJob never releases an external client); when BEGIN, addJob or ROLLBACK rejects, the release that follows them is skipped and the client stays out of the pool the suite then ends
import { Pool } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initJobQueue } from "./index";
import { createTestDbAndPool, destroyTestDb } from "./test-util";

describe("addJob with an external client", () => {
  let pool: Pool;
  let dbName: string;
  let jobQueue: ReturnType<typeof initJobQueue>;

  beforeEach(async () => {
    const setup = await createTestDbAndPool();
    pool = setup.pool;
    dbName = setup.dbName;
    jobQueue = initJobQueue({ databaseConfig: { connectionString: setup.connectionString } });
  });

  afterEach(async () => {
    jobQueue.getPool().end();
    await pool.end();
    await destroyTestDb(dbName);
  });

  it("rolls back the job when the transaction is rolled back", async () => {
    const client = await pool.connect();
    await client.query("BEGIN");

    const jobId = await jobQueue.addJob({ jobType: "email", payload: { to: "rollback@example.com" } }, { db: client });
    await client.query("ROLLBACK");
    client.release();

    const job = await jobQueue.getJob(jobId);
    expect(job).toBeNull();
  });
});
