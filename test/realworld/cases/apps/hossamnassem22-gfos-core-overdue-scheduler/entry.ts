// Source: hossamnassem22/gfos-core — src/infrastructure/scheduler/OverdueScheduler.ts at bd294ac (scheduleOverdueNotifications), reduced by hand, not copied
// Label: safe
// Why: the overdue scheduler reads overdue agreements on a checkout and, holding it, notifies and processes each one; the catch logs and the finally releases
import { NotificationEngine } from "./NotificationEngine.ts";
import { OverdueEngine } from "./OverdueEngine.ts";
import { pool } from "./connection.ts";

export async function scheduleOverdueNotifications() {
  const client = await pool.connect();

  try {
    const r = await client.query("SELECT id, customer_id, status FROM debt_agreements WHERE status = 'OVERDUE'");

    for (const row of r.rows) {
      await NotificationEngine.notify({ customerId: row.customer_id, debtId: row.id, type: "OVERDUE" });
      await OverdueEngine.process(row.id);
    }

    if (r.rows.length > 0) {
      console.log(`${r.rows.length} overdue agreements processed`);
    }
  } catch (e) {
    console.error("scheduler error:", e);
  } finally {
    client.release();
  }
}
