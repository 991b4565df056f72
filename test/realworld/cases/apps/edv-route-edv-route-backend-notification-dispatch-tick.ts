// Source: edv-route/edv-route-backend — src/plugins/notification-dispatcher.ts (runNotificationDispatchTick), reduced by hand, not copied
// Label: safe
// Why: only an object literal is made before the try; the per-row `continue` and the per-recipient catch stay inside it, and its finally releases
import type pg from "pg";

interface PushSender {
  send(message: { tokens: string[]; title: string; body: string }): Promise<{ delivered: number }>;
}

export async function runNotificationDispatchTick(pool: pg.Pool, sender: PushSender) {
  const client = await pool.connect();
  const result = { sent: 0, skipped: 0, failed: 0 };
  try {
    await client.query("BEGIN");
    const { rows: pending } = await client.query("SELECT id, user_id, title, body, push_attempts FROM notifications WHERE push_status = 'pending' LIMIT 50 FOR UPDATE SKIP LOCKED");
    for (const row of pending) {
      const { rows: tokens } = await client.query("SELECT token FROM device_tokens WHERE user_id = $1 AND revoked_at IS NULL", [row.user_id]);
      if (tokens.length === 0) {
        await client.query("UPDATE notifications SET push_status = 'skipped' WHERE id = $1", [row.id]);
        result.skipped += 1;
        continue;
      }
      try {
        const sent = await sender.send({ tokens: tokens.map((t) => t.token), title: row.title, body: row.body });
        await client.query("UPDATE notifications SET push_status = $2 WHERE id = $1", [row.id, sent.delivered > 0 ? "sent" : "skipped"]);
        result.sent += 1;
      } catch (err) {
        await client.query("UPDATE notifications SET push_attempts = push_attempts + 1, push_error = $2 WHERE id = $1", [row.id, String(err)]);
        result.failed += 1;
      }
    }
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
