// Source: SanatanSuraj/mobilab_ERP — packages/db/src/with-portal-user.ts at 72e2f2aa (withPortalUser), reduced by hand, not copied
// Label: safe
// Why: the db package's portal helper validates the three ids (throwing before any checkout), then BEGIN, the three `set_config(…, true)` GUCs, the callback and COMMIT run in a `try` whose `catch` swallows a failed ROLLBACK and rethrows, and whose `finally` releases
import type { Pool, PoolClient } from "pg";
import { ValidationError } from "@instigenie/errors";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function withPortalUser<T>(
  pool: Pool,
  args: { orgId: string; userId: string; customerId: string },
  fn: (client: PoolClient) => Promise<T>,
): Promise<T> {
  if (!args.orgId || !UUID_RE.test(args.orgId)) throw new ValidationError(`withPortalUser: invalid orgId "${args.orgId}"`);
  if (!args.userId || !UUID_RE.test(args.userId)) throw new ValidationError(`withPortalUser: invalid userId "${args.userId}"`);
  if (!args.customerId || !UUID_RE.test(args.customerId)) throw new ValidationError(`withPortalUser: invalid customerId "${args.customerId}"`);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.current_org', $1, true)", [args.orgId]);
    await client.query("SELECT set_config('app.current_user', $1, true)", [args.userId]);
    await client.query("SELECT set_config('app.current_portal_customer', $1, true)", [args.customerId]);
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
