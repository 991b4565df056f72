// Source: kishord82/factory_connect — apps/api/src/services/outbox-poller.ts (pollOutbox), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `@fc/database` by its package name; an empty batch commits and returns inside the `try`, each event's handler failure is caught inside the loop, and the `finally` releases the client on every path
import { getPool } from "@fc/database";

type OutboxEvent = { id: string; event_type: string; payload: unknown };
let eventHandler: (event: OutboxEvent) => Promise<void> = async () => {};

export function setOutboxHandler(handler: (event: OutboxEvent) => Promise<void>): void {
  eventHandler = handler;
}

async function pollOutbox(): Promise<number> {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query<OutboxEvent>(
      "SELECT id, event_type, payload FROM outbox WHERE processed_at IS NULL ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED",
    );
    if (result.rows.length === 0) {
      await client.query("COMMIT");
      return 0;
    }
    for (const event of result.rows) {
      try {
        await eventHandler(event);
        await client.query("UPDATE outbox SET processed_at = NOW() WHERE id = $1", [event.id]);
      } catch (err) {
        console.error("Failed to process outbox event", event.id, err);
      }
    }
    await client.query("COMMIT");
    return result.rows.length;
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("Outbox poll failed", err);
    return 0;
  } finally {
    client.release();
  }
}

export function startOutboxPoller(intervalMs: number): ReturnType<typeof setInterval> {
  return setInterval(() => {
    pollOutbox().catch((err) => console.error("Outbox poller error", err));
  }, intervalMs);
}
