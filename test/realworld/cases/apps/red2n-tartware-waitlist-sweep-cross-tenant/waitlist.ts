import { query } from "./db.js";

export async function waitlistExpireSweep(tenantId: string, options: { property_id: string; auto_reoffer: boolean }): Promise<{ expired: number; reoffered: number }> {
  const result = await query(
    "UPDATE waitlist_entries SET waitlist_status = 'EXPIRED' WHERE tenant_id = $1 AND property_id = $2 AND waitlist_status = 'OFFERED' AND offer_expiration_at < NOW()",
    [tenantId, options.property_id],
  );
  return { expired: result.rowCount ?? 0, reoffered: 0 };
}
