// Source: supabase/storage — src/internal/database/pg-connection.test.ts ('drains queued acquires on a real pg-pool before retiring it'; the queued second checkout dropped), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks a client out of a real pg-pool (fake transport) and releases it only after awaiting the drain check and asserting on the pool, with no finally: a failing step leaves it checked out and the strategy's retirement (pool.end()) waits for it
import PgPool from "pg-pool";
import { expect, it } from "vitest";
import { createPoolStrategySettings, FakePgPoolClient, TestablePgPoolStrategy, waitForDrainCheck } from "./test-helpers";

it("drains queued acquires on a real pg-pool before retiring it", async () => {
  const strategy = new TestablePgPoolStrategy(createPoolStrategySettings());
  const pool = new PgPool({ Client: FakePgPoolClient, max: 1 } as unknown as ConstructorParameters<typeof PgPool>[0]);
  const checkedOutClient = await pool.connect();

  await waitForDrainCheck();
  expect(pool.totalCount).toBe(1);

  strategy.setCurrentPoolForTest(pool);
  const retirement = strategy.dispose("destroy");

  checkedOutClient.release();
  await retirement;

  expect(pool.ended).toBe(true);
});
