// Source: DanLivassan/node-financial-5000-tps-spec — packages/ledger/src/outbox.ts (claimOutboxBatch), reduced by hand, not copied
// Label: safe
// Why: the relay's claim runs BEGIN, one UPDATE … FOR UPDATE SKIP LOCKED and COMMIT in a `try` that rolls back and rethrows, the one-line `finally` releases
import type pg from "pg";

export interface OutboxRow {
  id: string;
  aggregate_id: string;
  event_type: string;
  attempts: number;
}

export async function claimOutboxBatch(db: pg.Pool, relayId: string, batchSize: number): Promise<OutboxRow[]> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query<OutboxRow>(
      `WITH selected AS (
         SELECT id FROM outbox_events WHERE status IN ('pending','failed') AND available_at <= now()
         ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT $1
       )
       UPDATE outbox_events o SET status='processing', locked_at=now(), locked_by=$2, attempts=attempts+1
       FROM selected WHERE o.id=selected.id
       RETURNING o.id, o.aggregate_id, o.event_type, o.attempts`,
      [batchSize, relayId],
    );
    await client.query("COMMIT");
    return result.rows;
  } catch (error) { await client.query("ROLLBACK"); throw error; }
  finally { client.release(); }
}
