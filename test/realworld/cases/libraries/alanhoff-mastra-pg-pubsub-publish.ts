// Source: alanhoff/mastra-pg-pubsub — src/postgres-pubsub.ts (PostgresPubSub.publish), reduced by hand, not copied
// Label: safe
// Why: the transaction (BEGIN, the inserts, pg_notify, COMMIT) runs in a try whose catch rolls back and rethrows and whose finally releases
import type { Pool } from "pg";
import { startObservabilitySpan } from "./observability";

export class PostgresPubSub {
  constructor(private readonly pool: Pool, private readonly channel: string) {}

  async publish(topic: string, data: unknown): Promise<void> {
    const span = startObservabilitySpan("pg_pubsub.publish", { topic });
    const client = await this.pool.connect();
    let deliveryCount = 0;
    try {
      await client.query("BEGIN");
      const index = await client.query<{ next_index: string }>(
        "INSERT INTO topics (topic, next_index) VALUES ($1, 1) ON CONFLICT (topic) DO UPDATE SET next_index = topics.next_index + 1 RETURNING next_index",
        [topic],
      );
      span.setAttribute("event.index", Number(index.rows[0]?.next_index ?? "1") - 1);
      const deliveries = await client.query("INSERT INTO deliveries (topic, data) VALUES ($1, $2)", [topic, JSON.stringify(data)]);
      deliveryCount = deliveries.rowCount ?? 0;
      await client.query("SELECT pg_notify($1, $2)", [this.channel, topic]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      span.recordError(error);
      span.end({ code: "error", message: "publish failed" });
      throw error;
    } finally {
      client.release();
    }
    span.setAttribute("delivery.count", deliveryCount);
    span.end();
  }
}
