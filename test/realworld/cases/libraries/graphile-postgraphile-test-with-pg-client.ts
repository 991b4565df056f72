// Source: graphile/postgraphile — src/__tests__/utils/withPgClient.ts (withPgClient test helper), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `begin` and `set local timezone` are awaited after connect() and before the first try; if either fails, the client is never released
import type { Pool, PoolClient } from "pg";

declare const pgPool: Pool;
declare const schemaSql: Promise<string>;

export default function withPgClient<T>(fn: (client: PoolClient) => T | Promise<T>): () => Promise<T> {
  return async (): Promise<T> => {
    const client = await pgPool.connect();
    await client.query("begin");
    await client.query("set local timezone to '+04:00'");
    try {
      await client.query(await schemaSql);
    } catch (error) {
      await client.query("rollback");
      client.release();
      throw error;
    }
    try {
      return await fn(client);
    } finally {
      await client.query("rollback");
      client.release();
    }
  };
}
