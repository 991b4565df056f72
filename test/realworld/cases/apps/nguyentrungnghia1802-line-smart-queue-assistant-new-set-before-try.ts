// Source: nguyentrungnghia1802/LINE_Smart_Queue_Assistant — apps/api/src/modules/inventory/inventory.service.ts (expireDue), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only an empty `new Set<string>()` is made (it cannot throw); the try's finally releases
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const inventoryJobs = {
  async expireDue(limit: number): Promise<number> {
    const client = await pool.connect();
    const touchedOrgs = new Set<string>();
    try {
      await client.query("BEGIN");
      const claimed = await client.query<{ id: string; org: string }>(
        "SELECT id, organization_id AS org FROM orders WHERE expires_at < now() LIMIT $1 FOR UPDATE SKIP LOCKED",
        [limit],
      );
      for (const row of claimed.rows) {
        await client.query("UPDATE orders SET status = 'expired' WHERE id = $1", [row.id]);
        touchedOrgs.add(row.org);
      }
      await client.query("COMMIT");
      return touchedOrgs.size;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },
};
