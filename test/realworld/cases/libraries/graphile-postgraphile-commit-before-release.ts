// Source: graphile/postgraphile — src/postgraphile/withPostGraphileContext.ts (the transaction branch before the fix in graphile/crystal PR #978), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits `commit` before `pgClient.release()`; when COMMIT throws, the release is skipped (the fix nested the release in its own finally)
import type { Pool, PoolClient } from "pg";

export function transactionalClient(pgPool: Pool) {
  return async <T>(cb: (pgClient: PoolClient) => Promise<T>): Promise<T> => {
    const pgClient = await pgPool.connect();
    try {
      await pgClient.query("begin");
      return await cb(pgClient);
    } finally {
      await pgClient.query("commit");
      pgClient.release();
    }
  };
}
