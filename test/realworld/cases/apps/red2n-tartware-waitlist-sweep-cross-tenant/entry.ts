// Source: red2n/tartware — Apps/reservations-command-service/src/jobs/waitlist-sweep.ts at a2583469 (runSweep), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the service's db module, built by the workspace package `@tartware/config/db`; the cross-tenant scan for expired offers runs in a `try` whose `finally` releases before the per-property sweeps, which go through `waitlistExpireSweep` in the tenant's scope
import { enterTenantScope } from "@tartware/config/db";
import { pool } from "./db.js";
import { waitlistExpireSweep } from "./waitlist.js";

const logger = console;

export const runSweep = async (): Promise<void> => {
  const client = await pool.connect();
  let rows: Array<{ tenant_id: string; property_id: string }>;
  try {
    const result = await client.query<{ tenant_id: string; property_id: string }>(
      `SELECT DISTINCT tenant_id, property_id FROM waitlist_entries
       WHERE waitlist_status = 'OFFERED' AND offer_expiration_at < NOW() AND is_deleted = false`,
    );
    rows = result.rows;
  } finally {
    client.release();
  }

  if (rows.length === 0) {
    return;
  }

  let totalExpired = 0;
  for (const row of rows) {
    try {
      enterTenantScope(row.tenant_id);
      const result = await waitlistExpireSweep(row.tenant_id, { property_id: row.property_id, auto_reoffer: true });
      totalExpired += result.expired;
    } catch (err) {
      logger.error({ err, tenantId: row.tenant_id }, "Waitlist sweep failed for property");
    }
  }
  if (totalExpired > 0) {
    logger.info({ properties: rows.length, expired: totalExpired }, "Waitlist sweep cycle completed");
  }
};
