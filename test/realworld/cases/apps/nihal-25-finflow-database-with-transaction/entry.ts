// Source: nihal-25/FinFlow — packages/database/src/pool.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: `@finflow/database`'s helper, called by the services as `withTransaction(async (client) => …)`: the client of `getPool().connect()` runs BEGIN, the callback and COMMIT in a `try` that rolls back and rethrows, the `finally` releases
import { Pool, PoolClient } from "pg";

let pool: Pool | null = null;

export function getPool(): Pool {
  if (!pool) {
    throw new Error("Database pool not initialized. Call createPool() first.");
  }
  return pool;
}

export async function withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
