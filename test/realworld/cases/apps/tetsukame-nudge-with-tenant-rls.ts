// Source: tetsukame/nudge — src/db/with-tenant.ts (withTenant), reduced by hand, not copied
// Label: safe
// Why: the caller chooses the pool (the app-role pool or the admin pool, two pools of two roles); the client is released in finally after BEGIN / SET LOCAL app.tenant_id / COMMIT, ROLLBACK on error
import pg from "pg";

const UUID = /^[0-9a-f-]{36}$/i;

export async function withTenant<T>(pool: pg.Pool, tenantId: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new Error(`bad tenant ${tenantId}`);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL app.tenant_id = '${tenantId}'`);
    const out = await fn(client);
    await client.query("COMMIT");
    return out;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // ignored
    }
    throw err;
  } finally {
    client.release();
  }
}
