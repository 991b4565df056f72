// Source: dsupina/dprogres-cms — backend/src/services/QuotaService.ts (decrementQuota), reduced by hand, not copied
// Label: safe
// Why: the client is assigned inside the try to a `let` declared before it; early returns after ROLLBACK and the catch's return all pass the finally's guarded release
import { pool } from "../utils/database";

export class QuotaService {
  async decrementQuota(input: { organizationId: number; dimension: string; amount?: number }) {
    let client;
    try {
      const { organizationId, dimension, amount = 1 } = input;
      client = await pool.connect();
      await client.query("BEGIN");
      const { rows } = await client.query(
        "SELECT current_usage FROM usage_quotas WHERE organization_id = $1 AND dimension = $2 FOR UPDATE",
        [organizationId, dimension],
      );
      if (rows.length === 0) {
        await client.query("ROLLBACK");
        return { success: false, error: "No quota record" };
      }
      const next = Math.max(0, parseInt(rows[0].current_usage) - amount);
      await client.query("UPDATE usage_quotas SET current_usage = $1 WHERE organization_id = $2 AND dimension = $3", [next, organizationId, dimension]);
      await client.query("COMMIT");
      return { success: true, data: true };
    } catch (error: any) {
      if (client) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          console.error("rollback failed", rollbackError);
        }
      }
      return { success: false, error: error.message };
    } finally {
      if (client) {
        client.release();
      }
    }
  }
}
