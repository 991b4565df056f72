// Source: SirYazoo/digital-ledger-engine — src/workers/outbox.ts (processOutboxBatch), reduced by hand, not copied
// Label: safe
// Why: the client comes from getClient (./db: `() => pool.connect()`); the per-event loop breaks on a send failure and the transaction commits, all inside a try whose catch rolls back and whose finally releases
import { getClient } from "./db";
import { producer } from "./kafka";

const BATCH_SIZE = 10;

export async function processOutboxBatch() {
  const client = await getClient();

  try {
    await client.query("BEGIN");
    const { rows } = await client.query(`SELECT * FROM outbox_events WHERE status = 'PENDING' ORDER BY created_at LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`);
    for (const event of rows) {
      try {
        await producer.send({ topic: event.topic, messages: [{ key: event.aggregate_id, value: JSON.stringify(event.payload) }] });
        await client.query("UPDATE outbox_events SET status = 'PROCESSED' WHERE id = $1", [event.id]);
      } catch (err) {
        console.error("Transient error in batch processing:", err);
        break;
      }
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("[Worker] Critical Error in batch processing:", error);
  } finally {
    client.release();
  }
}
