// Source: kishord82/factory_connect — apps/api/src/services/webhook-service.ts (processWebhookDeliveries), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `@fc/database` by its package name; the batch's FOR UPDATE SKIP LOCKED select, the per-row updates (each failure caught and recorded) and COMMIT run in a `try` whose `catch` rolls back and whose `finally` releases the client
import { getPool } from "@fc/database";

export async function processWebhookDeliveries(): Promise<number> {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(
      `SELECT wd.id, wd.attempts, ws.url FROM webhook_deliveries wd
       JOIN webhook_subscriptions ws ON ws.id = wd.subscription_id
       WHERE wd.status = 'pending' AND wd.attempts < 5
       ORDER BY wd.created_at LIMIT 50 FOR UPDATE OF wd SKIP LOCKED`,
    );
    let delivered = 0;
    for (const row of result.rows) {
      try {
        await client.query("UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = NOW() WHERE id = $1", [row.id]);
        delivered++;
      } catch (err) {
        await client.query("UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $1 WHERE id = $2", [err instanceof Error ? err.message : "Unknown error", row.id]);
        console.error("Webhook delivery failed", row.id);
      }
    }
    await client.query("COMMIT");
    return delivered;
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("Webhook delivery processing failed", err);
    return 0;
  } finally {
    client.release();
  }
}
