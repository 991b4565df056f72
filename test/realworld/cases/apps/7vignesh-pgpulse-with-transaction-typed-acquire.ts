// Source: 7vignesh/pgpulse — src/db/pool.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the checkout sits alone in a try that turns a failed connect into a typed error (no client exists then); everything after it runs in a try whose finally releases
import pg from "pg";

export class PoolExhaustedError extends Error {}

export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, opts: { tenantId?: string } = {}): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw new PoolExhaustedError(err instanceof Error ? err.message : "failed to acquire connection");
  }

  try {
    await client.query("BEGIN");
    if (opts.tenantId) {
      if (!/^[0-9a-f-]{36}$/i.test(opts.tenantId)) throw new Error("invalid tenantId");
      await client.query(`SET LOCAL app.current_tenant_id = '${opts.tenantId}'`);
    }
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      /* ignore */
    }
    throw err;
  } finally {
    client.release();
  }
}
