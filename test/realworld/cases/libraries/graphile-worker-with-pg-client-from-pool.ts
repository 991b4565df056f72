// Source: graphile/worker — src/helpers.ts (makeWithPgClientFromPool), reduced by hand, not copied
// Label: safe
// Why: the callback runs inside try, and `await client.release()` sits in finally
import type { Pool, PoolClient } from "pg";

export function withClientFrom(pgPool: Pool) {
  return async function withClient<T>(callback: (pgClient: PoolClient) => Promise<T>): Promise<T> {
    const client = await pgPool.connect();
    try {
      return await callback(client);
    } finally {
      await client.release();
    }
  };
}
