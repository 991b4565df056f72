// Source: zhihong0321/grouter — src/lib/supplierSync.ts at 154355c (syncAllSupplierActivity), reduced by hand, not copied
// Label: safe
// Why: the supplier activity sync holds one client across a session advisory lock, the paginated supplier API fetch and an inner BEGIN/COMMIT import; the outer catch records the failure through the pool and rethrows, and the finally unlocks with `.catch(() => undefined)` on the awaited UNLOCK before `connection.release()`, so a failed unlock cannot skip the release
import type { Pool } from "pg";

const SUPPLIER = "acme";
const LOCK_NAME = "supplier-sync:acme";

type MappedActivity = { externalId: string; tokens: number };

export class SupplierSyncError extends Error {
  constructor(readonly type: "already_running" | "mismatch", message: string) {
    super(message);
  }
}

interface SupplierSyncOptions {
  pg: Pool;
  client: { listActivity(q: { page: number }): Promise<{ records: MappedActivity[]; total: number }> };
}

async function recordFailure(pg: Pool, error: unknown) {
  await pg.query("UPDATE reseller_supplier_sync_state SET last_error = $2 WHERE supplier = $1", [SUPPLIER, String(error)]);
}

async function reconcileSupplierUsage(pg: Pool) {
  const { rowCount } = await pg.query("UPDATE usage SET supplier_activity_id = a.id FROM reseller_supplier_activity a WHERE usage.external_id = a.external_id");
  return { matchedCount: rowCount ?? 0 };
}

export async function syncAllSupplierActivity(options: SupplierSyncOptions) {
  const connection = await options.pg.connect();
  let lockAcquired = false;

  try {
    const lockResult = await connection.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS acquired", [LOCK_NAME]);
    lockAcquired = lockResult.rows[0]?.acquired === true;
    if (!lockAcquired) throw new SupplierSyncError("already_running", "Another supplier synchronization is already running");

    const allRecords: MappedActivity[] = [];
    for (let page = 1; ; page++) {
      const result = await options.client.listActivity({ page });
      allRecords.push(...result.records);
      if (allRecords.length >= result.total || result.records.length === 0) break;
    }

    try {
      await connection.query("BEGIN");
      for (const r of allRecords) {
        await connection.query(
          "INSERT INTO reseller_supplier_activity (supplier, external_id, tokens) VALUES ($1, $2, $3) ON CONFLICT (supplier, external_id) DO NOTHING",
          [SUPPLIER, r.externalId, r.tokens],
        );
      }
      await connection.query("COMMIT");
    } catch (error) {
      await connection.query("ROLLBACK");
      throw error;
    }

    const usageReconciliation = await reconcileSupplierUsage(options.pg);
    return { supplier: SUPPLIER, fetchedCount: allRecords.length, matchedUsageCount: usageReconciliation.matchedCount };
  } catch (error) {
    if (!(error instanceof SupplierSyncError && error.type === "already_running")) {
      await recordFailure(options.pg, error).catch(() => undefined);
    }
    throw error;
  } finally {
    if (lockAcquired) await connection.query("SELECT pg_advisory_unlock(hashtext($1))", [LOCK_NAME]).catch(() => undefined);
    connection.release();
  }
}
