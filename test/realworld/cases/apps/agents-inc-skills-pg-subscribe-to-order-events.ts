// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/streaming.md at 279811b6 ("LISTEN/NOTIFY -- Subscribing to PostgreSQL Notifications"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release lives only in the returned `unsubscribe` closure, reached after the awaited `LISTEN` query; a rejected LISTEN rejects the subscription with the client checked out and no closure to give it back
import type pg from "pg";

const ORDER_CHANNEL = "order_events";

interface OrderEvent {
  orderId: number;
  action: "created" | "updated" | "canceled";
}

export async function subscribeToOrderEvents(
  pool: pg.Pool,
  handler: (event: OrderEvent) => void,
): Promise<{ unsubscribe: () => Promise<void> }> {
  const client = await pool.connect();

  client.on("notification", (msg) => {
    if (msg.channel === ORDER_CHANNEL && msg.payload) {
      try {
        handler(JSON.parse(msg.payload) as OrderEvent);
      } catch (err) {
        console.error("Failed to parse notification payload:", err);
      }
    }
  });

  await client.query(`LISTEN ${ORDER_CHANNEL}`);

  return {
    unsubscribe: async () => {
      await client.query(`UNLISTEN ${ORDER_CHANNEL}`);
      client.release();
    },
  };
}
