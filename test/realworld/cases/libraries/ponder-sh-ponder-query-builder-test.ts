// Source: ponder-sh/ponder — packages/core/src/database/queryBuilder.test.ts ("transaction retries on a dropped connection"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test builds the query builder, spies and awaits a transaction between connect() and a release that is not in a finally; any rejection leaves the client out
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { expect, test, vi } from "vitest";

const createQB = (db: unknown) => ({
  transaction: async (fn: (tx: unknown) => Promise<void>) => fn(db),
});

test("transaction retries after a dropped connection", async () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const connection = await pool.connect();
  const qb = createQB(drizzle(connection));

  const querySpy = vi.spyOn(connection, "query");
  querySpy.mockRejectedValueOnce(new Error("Connection terminated unexpectedly"));

  await qb.transaction(async () => {
    await connection.query("SELECT 1");
  });

  expect(querySpy).toHaveBeenCalled();
  connection.release();
  await pool.end();
});
