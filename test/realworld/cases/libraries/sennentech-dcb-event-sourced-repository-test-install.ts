// Source: sennentech/dcb-event-sourced — examples/course-manager-cli-with-readmodel/src/postgresCourseSubscriptionRepository/PostgresCourseSubscriptionRepository.tests.ts (beforeAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: beforeAll checks out a client to install the read model in a transaction and releases it after COMMIT with no finally: a failed install leaves it checked out (and the pool's end() then waits on it)
import { Pool } from "pg";
import { installPostgresCourseSubscriptionsRepository } from "./PostgresCourseSubscriptionRespository";
import { getTestPgDatabasePool } from "../../jest.testPgDbPool";

describe("PostgresCourseSubscriptionRepository", () => {
  let pool: Pool;

  beforeAll(async () => {
    pool = await getTestPgDatabasePool();
    const installClient = await pool.connect();
    await installClient.query("BEGIN");
    await installPostgresCourseSubscriptionsRepository(installClient);
    await installClient.query("COMMIT");
    installClient.release();
  });

  afterAll(async () => {
    if (pool) await pool.end();
  });

  test("the tables exist", async () => {
    const result = await pool.query("SELECT count(*) FROM courses");
    expect(result.rows).toHaveLength(1);
  });
});
