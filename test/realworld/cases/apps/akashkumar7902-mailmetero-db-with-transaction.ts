// Source: AkashKumar7902/mailmetero — packages/db/src/client.ts at 5c652160 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the workspace db package's only transaction opener takes the pool as a parameter; BEGIN, the callback and COMMIT run in a `try` whose `catch` swallows a failed ROLLBACK and rethrows the original error, and whose `finally` releases
import type { Pool, PoolClient } from "pg";

export type Queryable = Pick<Pool | PoolClient, "query">;

export async function rows<R>(q: Queryable, text: string, params: readonly unknown[] = []): Promise<R[]> {
  const res = await q.query(text, params as unknown[]);
  return res.rows as R[];
}

export async function withTransaction<T>(pool: Pool, fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // a failed ROLLBACK (a dead connection) must not mask the original error
    }
    throw err;
  } finally {
    client.release();
  }
}
