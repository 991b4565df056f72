// Source: idaholab/Deep-Lynx — server/src/services/queue/database_queue_impl.ts (DatabaseQueue.ConsumeMultiple), reduced by hand, not copied
// Label: safe
// Why: each turn of the polling loop checks a client out and does BEGIN, the claim, the callback, the DELETE and COMMIT inside a try whose catch rolls back and whose finally releases
import { Pool } from "pg";

export default class DatabaseQueue {
  private pool!: Pool;

  async ConsumeMultiple(queueName: string, count: number, callback: (messages: any[]) => Promise<void>): Promise<void> {
    while (true) {
      const client = await this.pool.connect();
      try {
        await client.query("BEGIN");

        const result = await client.query(
          "SELECT * FROM queue WHERE queue_name = $1 AND processed_at IS NULL ORDER BY created_at ASC LIMIT $2",
          [queueName, count],
        );
        const messages = result.rows.map((row) => row.data);

        await callback(messages);

        const messageIds = result.rows.map((row) => row.id);
        await client.query("DELETE FROM queue WHERE id = ANY($1)", [messageIds]);

        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    }
  }
}
