// Source: graphile/postgraphile — src/postgraphile/withPostGraphileContext.ts (simpleWithPgClient), reduced by hand, not copied
// Label: safe
// Why: try/finally around the callback, release in finally; the function is cached per pool in a WeakMap
import type { Pool, PoolClient } from "pg";

type WithClient = <T>(cb: (pgClient: PoolClient) => Promise<T>) => Promise<T>;

const cache = new WeakMap<Pool, WithClient>();

export function plainWithPgClient(pgPool: Pool): WithClient {
  const cached = cache.get(pgPool);
  if (cached) return cached;
  const withClient: WithClient = async (cb) => {
    const pgClient = await pgPool.connect();
    try {
      return await cb(pgClient);
    } finally {
      pgClient.release();
    }
  };
  cache.set(pgPool, withClient);
  return withClient;
}
