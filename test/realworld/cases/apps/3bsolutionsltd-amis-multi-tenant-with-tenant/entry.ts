// Source: 3bsolutionsltd/amis-multi-tenant — apps/api/src/db/tenant.ts at 60962de (withTenant), reduced by hand, not copied
// Label: safe
// Why: the RLS transaction helper sends BEGIN, the tenant `set_config` and a `SET LOCAL statement_timeout` inside the try, awaits ROLLBACK in the catch and releases in the finally, which runs even when the ROLLBACK rejects
import type { PoolClient, QueryResult } from "pg";
import { pool } from "./pool.js";

export async function withTenant<T>(tenantId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await client.query(`SET LOCAL statement_timeout = '${parseInt(process.env.STATEMENT_TIMEOUT_MS ?? "30000", 10)}'`);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

export type { QueryResult, PoolClient };
