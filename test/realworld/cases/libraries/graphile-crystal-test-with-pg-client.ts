// Source: graphile/crystal — grafast/dataplan-pg/__tests__/sharedHelpers.ts (withTestWithPgClient), reduced by hand, not copied
// Label: safe
// Why: only an assignment (the query recorder) sits between connect() and the try; every path through the try, the inner BEGIN…ROLLBACK included, reaches the finally that restores `query` and releases
import type { Pool, PoolClient } from "pg";

export async function withTestWithPgClient<T>(
  testPool: Pool,
  queries: { text: string }[],
  direct: boolean,
  callback: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const poolClient = await testPool.connect();
  const oldQuery = poolClient.query;
  poolClient.query = function (this: PoolClient, ...args: any[]) {
    const opts = typeof args[0] === "string" ? { text: args[0] } : args[0];
    if (!opts.text.includes("--ignore--")) queries.push(opts);
    return (oldQuery as any).apply(this, args);
  } as any;
  try {
    if (direct) {
      return await callback(poolClient);
    } else {
      await poolClient.query("begin; --ignore--");
      try {
        return await callback(poolClient);
      } finally {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await poolClient.query("rollback; --ignore--");
      }
    }
  } finally {
    poolClient.query = oldQuery;
    poolClient.release();
  }
}
