// Source: Abhishek-ro/Webhook-Delivery-Engine — src/db/ingest.ts at 6a00452 (ingestEvent), reduced by hand, not copied
// Label: safe
// Why: the webhook ingest answers a replay from its Redis idempotency cache on the pool, then inserts the event, its delivery and first transition in one transaction; the Redis write after COMMIT is fire-and-forget (`void`), and the catch's ROLLBACK and rethrow and the success path pass the finally that releases
import { pool } from "./pool.js";
import { redis } from "./redis.js";

type IngestInput = { client_id: string; idempotency_key: string; event_type: string; payload: unknown; endpoint_id: string };

export async function ingestEvent(input: IngestInput) {
  const { client_id, idempotency_key, event_type, payload, endpoint_id } = input;
  const idemKey = `idem:${client_id}:${idempotency_key}`;

  const cachedEventId = await redis.get(idemKey);
  if (cachedEventId) {
    const row = await pool.query("SELECT id AS delivery_id, status AS delivery_status FROM deliveries WHERE event_id = $1 LIMIT 1", [cachedEventId]);
    if (row.rows[0]) {
      return { event_id: cachedEventId, ...row.rows[0], is_new: false };
    }
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO events (client_id, idempotency_key, event_type, payload) VALUES ($1, $2, $3, $4)
       ON CONFLICT (client_id, idempotency_key) DO NOTHING RETURNING id`,
      [client_id, idempotency_key, event_type, JSON.stringify(payload)],
    );

    let eventId: string;
    let isNew: boolean;
    if (inserted.rows[0]) {
      eventId = inserted.rows[0].id;
      isNew = true;
    } else {
      const existing = await client.query<{ id: string }>("SELECT id FROM events WHERE client_id = $1 AND idempotency_key = $2", [client_id, idempotency_key]);
      eventId = existing.rows[0]!.id;
      isNew = false;
    }

    let deliveryId: string;
    if (isNew) {
      const delivery = await client.query<{ id: string }>("INSERT INTO deliveries (event_id, endpoint_id, status) VALUES ($1, $2, 'PENDING') RETURNING id", [eventId, endpoint_id]);
      deliveryId = delivery.rows[0]!.id;
      await client.query("INSERT INTO delivery_transitions (delivery_id, to_status, reason) VALUES ($1, 'PENDING', 'created')", [deliveryId]);
    } else {
      const existingDelivery = await client.query<{ id: string }>("SELECT id FROM deliveries WHERE event_id = $1 LIMIT 1", [eventId]);
      deliveryId = existingDelivery.rows[0]!.id;
    }

    await client.query("COMMIT");

    void redis.set(idemKey, eventId, "EX", 86400);

    return { event_id: eventId, delivery_id: deliveryId, is_new: isNew };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
