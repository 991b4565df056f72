// Source: productdevbook/sumak — src/drivers/pg.ts (pgDriver, transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited before the try whose finally releases: a failed BEGIN (a broken connection) leaves the client checked out
import type { Pool, PoolClient } from "pg";

interface Driver {
  query(sql: string, params: unknown[]): Promise<unknown[]>;
}

declare function run(client: Pool | PoolClient, sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;

export function pgDriver(pool: Pool) {
  return {
    async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
      const client = await (pool as Pool).connect();
      const scoped: Driver = {
        async query(sql, params) {
          const { rows } = await run(client, sql, params);
          return rows;
        },
      };
      await client.query("BEGIN", []);
      try {
        const result = await fn(scoped);
        await client.query("COMMIT", []);
        return result;
      } catch (err) {
        try {
          await client.query("ROLLBACK", []);
        } catch {
          // the original error matters more
        }
        throw err;
      } finally {
        client.release();
      }
    },
  };
}
