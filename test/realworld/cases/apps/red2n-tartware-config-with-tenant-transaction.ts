// Source: red2n/tartware — Apps/config/src/db.ts at a2583469 (createDbPool's withTenantTransaction), reduced by hand, not copied
// Label: safe
// Why: the shared config package's own tenant transaction: BEGIN, the SET LOCAL of the tenant GUC, the callback and COMMIT run in a `try` whose `catch` rolls back only once BEGIN went through (a failed ROLLBACK recorded and logged) and rethrows, and whose `finally` releases, destroying the client (`release(true)`) when the ROLLBACK failed
import { Pool, type PoolClient } from "pg";

export function createDbPool(dbConfig: { connectionString: string; max: number }, logger: { child(b: object): { error(o: object, m: string): void } }) {
  const dbLogger = logger.child({ module: "db" });
  const pool = new Pool({ connectionString: dbConfig.connectionString, max: dbConfig.max, connectionTimeoutMillis: 5_000 });

  const setTenantContext = async (client: PoolClient, tenantId: string): Promise<void> => {
    await client.query("SELECT set_config('app.current_tenant_id', $1, true)", [tenantId]);
  };

  const withTenantTransaction = async <T>(tenantId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let transactionStarted = false;
    let rollbackError: unknown = null;

    try {
      await client.query("BEGIN");
      transactionStarted = true;
      await setTenantContext(client, tenantId);
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

  return { pool, withTenantTransaction };
}
