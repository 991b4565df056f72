// Source: arjunharish77/crm-new — src/lib/db/transaction.ts at 18d2c04 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `getPool()` of ./pool; BEGIN and three `set_config` calls through a helper of the file that skips empty values run inside the try, the caller's work next, ROLLBACK in the catch, release in the finally
import type { PoolClient } from "pg";
import { getPool } from "./pool";

type UserContext = { id?: string; tenantId?: string | null; roleId?: string | null };

async function setOptional(client: PoolClient, key: string, value: string | null | undefined) {
  if (value === undefined || value === null || value === "") return;
  await client.query("select set_config($1, $2, true)", [key, value]);
}

export async function withTenantTransaction<T>(user: UserContext | null, fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("begin");
    await setOptional(client, "app.user_id", user?.id);
    await setOptional(client, "app.tenant_id", user?.tenantId);
    await setOptional(client, "app.role_id", user?.roleId);
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}
