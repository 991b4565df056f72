// Source: red2n/tartware — Apps/config/src/db.ts at a2583469 (createDbPool's withTransaction), reduced by hand, not copied
// Label: safe
// Why: when an AsyncLocalStorage tenant scope is active the call goes to `withTenantTransaction` before any checkout; otherwise BEGIN, the callback and COMMIT run in a `try` whose `catch` rolls back once BEGIN went through and rethrows, and whose `finally` releases (`release(true)` after a failed ROLLBACK)
import { AsyncLocalStorage } from "node:async_hooks";
import { Pool, type PoolClient } from "pg";

const tenantContextStore = new AsyncLocalStorage<{ tenantId: string }>();

export function createDbPool(dbConfig: { connectionString: string }, dbLogger: { error(o: object, m: string): void }, withTenantTransaction: <T>(tenantId: string, fn: (client: PoolClient) => Promise<T>) => Promise<T>) {
  const pool = new Pool({ connectionString: dbConfig.connectionString });

  const withTransaction = async <T>(fn: (client: PoolClient) => Promise<T>): Promise<T> => {
    const scopedTenantId = tenantContextStore.getStore()?.tenantId;
    if (scopedTenantId) {
      return withTenantTransaction<T>(scopedTenantId, fn);
    }

    const client = await pool.connect();
    let transactionStarted = false;
    let rollbackError: unknown = null;

    try {
      await client.query("BEGIN");
      transactionStarted = true;
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      if (transactionStarted) {
        try {
          await client.query("ROLLBACK");
        } catch (rbError) {
          rollbackError = rbError;
          dbLogger.error({ err: rbError }, "Transaction rollback failed");
        }
      }
      throw error;
    } finally {
      client.release(rollbackError !== null);
    }
  };

  return { pool, withTransaction };
}
