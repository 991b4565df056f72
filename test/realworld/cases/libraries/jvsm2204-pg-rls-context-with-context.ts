// Source: jvsm2204/pg-rls-context — src/index.ts (createRlsScope, withContext), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the transaction-local set_config calls and the caller's work run in a try whose catch rolls back (guarded) and rethrows and whose finally releases
import type { Pool, PoolClient } from "pg";

export function createRlsScope(pool: Pool, options: { tenantSetting?: string; readOnly?: boolean } = {}) {
  const { tenantSetting, readOnly = false } = options;

  async function withContext<T>(context: Record<string, string>, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      if (readOnly) {
        await client.query("SET TRANSACTION READ ONLY");
      }
      for (const [name, value] of Object.entries(context)) {
        await client.query("SELECT set_config($1, $2, true)", [name, value]);
      }
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // keep the original error
      }
      throw err;
    } finally {
      client.release();
    }
  }

  function withTenant<T>(tenantId: string, fn: (client: PoolClient) => Promise<T>) {
    if (!tenantSetting) throw new Error("withTenant requires the 'tenantSetting' option");
    return withContext({ [tenantSetting]: tenantId }, fn);
  }

  return { withContext, withTenant };
}
