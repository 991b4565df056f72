// Source: dallascrilley/tenantwell — test/adversarial-sql.test.ts (asTenant), reduced by hand, not copied
// Label: safe
// Why: the test helper binds the tenant after BEGIN, runs the callback and rolls back inside the try; the finally releases the app-role pool's client
import type { PoolClient } from "pg";
import type { TestDatabase } from "./helpers/database";

export async function asTenant<T>(db: TestDatabase, tenantId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.app.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const result = await fn(client);
    await client.query("ROLLBACK");
    return result;
  } finally {
    client.release();
  }
}
