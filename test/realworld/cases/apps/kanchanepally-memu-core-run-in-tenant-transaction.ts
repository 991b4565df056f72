// Source: kanchanepally/memu-core — src/db/tenant.ts (runInTenantTransaction), reduced by hand, not copied
// Label: safe
// Why: the runtime pool (the NOSUPERUSER role's, beside a migration pool) gives a client whose transaction-local memu.collective_id scopes RLS to one collective; released in finally after COMMIT or ROLLBACK
import type { PoolClient } from "pg";
import { pool } from "./connection";

export async function runInTenantTransaction<T>(collectiveId: string, fn: (client: PoolClient) => Promise<T>, profileId?: string): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('memu.collective_id', $1, true)", [collectiveId]);
    if (profileId) {
      await client.query("SELECT set_config('memu.profile_id', $1, true)", [profileId]);
    }
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original error matters
    }
    throw err;
  } finally {
    client.release();
  }
}
