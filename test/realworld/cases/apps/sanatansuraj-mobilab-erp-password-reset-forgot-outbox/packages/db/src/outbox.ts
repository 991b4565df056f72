import type { PoolClient } from "pg";

export interface OutboxEvent {
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
}

/** Writes the event in the caller's transaction, on the caller's client. */
export async function enqueueOutbox(client: PoolClient, event: OutboxEvent): Promise<{ id: string }> {
  const row = await client.query<{ id: string }>(
    `INSERT INTO outbox.events (aggregate_type, aggregate_id, event_type, payload, idempotency_key)
     VALUES ($1, $2, $3, $4::jsonb, $5)
     ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [event.aggregateType, event.aggregateId, event.eventType, JSON.stringify(event.payload), event.idempotencyKey ?? null],
  );
  if (row.rows.length === 0) {
    return { id: "duplicate" };
  }
  return { id: row.rows[0]!.id };
}
