// Source: kishord82/factory_connect — packages/database/src/transaction.ts (withTenantTransaction), reduced by hand, not copied
// Label: safe
// Why: the db package's own helper: BEGIN, the tenant's set_config and the caller's work run in a `try` that rolls back and rethrows; the `finally` clears the context with its failure swallowed (`.catch(() => {})`) before releasing
import type pg from "pg";
import { getPool } from "./pool.js";
import { setTenantContext, clearTenantContext } from "./tenant-context.js";

export async function withTenantTransaction<T>(
  ctx: { tenantId: string; userId: string },
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await setTenantContext(client, ctx);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    await clearTenantContext(client).catch(() => {
      // best effort: the client is released anyway
    });
    client.release();
  }
}
