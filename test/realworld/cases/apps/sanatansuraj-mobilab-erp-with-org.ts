// Source: SanatanSuraj/mobilab_ERP — packages/db/src/with-org.ts at 72e2f2a (withOrg), reduced by hand, not copied
// Label: safe
// Why: an invalid orgId throws before any checkout; after it, BEGIN, the LOCAL tenant GUC and the callback run inside the try, a failing ROLLBACK is swallowed in its own try/catch before the original error is rethrown, and the finally releases
import type { PoolClient, Pool } from "pg";
import { ValidationError } from "@instigenie/errors";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function withOrg<T>(pool: Pool, orgId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  if (!orgId || !UUID_RE.test(orgId)) {
    throw new ValidationError(`withOrg: invalid orgId "${orgId}"`);
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.current_org', $1, true)", [orgId]);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original error matters more
    }
    throw err;
  } finally {
    client.release();
  }
}
