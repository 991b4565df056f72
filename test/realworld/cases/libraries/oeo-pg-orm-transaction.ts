// Source: oeo/pg-orm — lib/connection.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN and the callback (run inside an AsyncLocalStorage context holding the client) are in a try whose finally releases; COMMIT/ROLLBACK happen in the inner try
import { AsyncLocalStorage } from "node:async_hooks";
import type { Pool, PoolClient } from "pg";

const transactionContext = new AsyncLocalStorage<PoolClient>();

export async function transaction<T>(getPool: () => Promise<Pool>, callback: () => Promise<T>): Promise<T> {
  if (transactionContext.getStore()) return await callback();
  const pool = await getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    return await transactionContext.run(client, async () => {
      try {
        const result = await callback();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    });
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the connection may be gone
    }
    throw error;
  } finally {
    client.release();
  }
}
