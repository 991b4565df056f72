// Source: john-dalmolin/grantledger-platform — packages/infra-postgres/src/tenant-session.ts (withTenantSession), reduced by hand, not copied
// Label: safe
// Why: the RLS helper opens the transaction, sets app.tenant_id with set_config(…, true) and runs the caller's work inside the try; the catch's ROLLBACK may reject, but the finally releases on every path
import type { Pool, PoolClient } from "pg";

export async function withTenantSession<T>(
  pool: Pool,
  tenantId: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("Select set_config('app.tenant_id', $1, true)", [tenantId]);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
