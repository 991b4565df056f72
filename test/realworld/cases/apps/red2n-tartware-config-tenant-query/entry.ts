// Source: red2n/tartware — Apps/config/src/db.ts (createDbPool's tenantQuery), reduced by hand, not copied
// Label: safe
// Why: the workspace config package's own helper: BEGIN, set_config, the query and COMMIT run in a `try`; the `catch` keeps a failed ROLLBACK's error and rethrows, and the `finally` releases the client, destroying it when the rollback failed (`release(rollbackError !== null)`)
import { Pool, type PoolClient, type QueryResult, type QueryResultRow } from "pg";

export function createDbPool(dbConfig: { connectionString: string; max: number }, logger: { error(obj: unknown, msg: string): void }) {
  const pool = new Pool({ connectionString: dbConfig.connectionString, max: dbConfig.max });

  const setTenantContext = async (client: PoolClient, tenantId: string): Promise<void> => {
    await client.query("SELECT set_config('app.current_tenant_id', $1, true)", [tenantId]);
  };

  const tenantQuery = async <T extends QueryResultRow = QueryResultRow>(
    tenantId: string,
    text: string,
    params: unknown[] = [],
  ): Promise<QueryResult<T>> => {
    const client = await pool.connect();
    let rollbackError: unknown = null;
    try {
      await client.query("BEGIN");
      await setTenantContext(client, tenantId);
      const result = await client.query<T>(text, params);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rbError) {
        rollbackError = rbError;
        logger.error({ err: rbError }, "tenantQuery rollback failed");
      }
      throw error;
    } finally {
      client.release(rollbackError !== null);
    }
  };

  return { pool, tenantQuery };
}
