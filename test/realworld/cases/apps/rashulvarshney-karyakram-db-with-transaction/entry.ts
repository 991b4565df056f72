// Source: RashulVarshney/KaryaKram — packages/db/src/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the db package's helper, used by the worker SDK as `withTransaction(pool, (client) => appendEvents(client, …))`: BEGIN, the caller's work and COMMIT in a `try` that rolls back and rethrows, the `finally` releases
import type { Pool, PoolClient } from "pg";

export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
