// Source: amit-t/kafka-outbox-node — src/storage/postgres.ts (PostgresOutboxStorage.saveEvent), reduced by hand, not copied
// Label: safe
// Why: the client is lent to a private method of the class that runs BEGIN/COMMIT and rolls back on failure; the call is awaited inside a try whose finally releases
import { Pool, type PoolClient } from "pg";

export class PostgresOutboxStorage {
  private pool = new Pool();
  constructor(private tableName = "outbox_events") {}

  async saveEvent(event: { id: string; payload: unknown; topic?: string }): Promise<void> {
    const client = await this.pool.connect();
    try {
      await this.executeInTransaction(client, async () => {
        await client.query(`INSERT INTO ${this.tableName} (id, payload, topic) VALUES ($1, $2, $3)`, [event.id, JSON.stringify(event.payload), event.topic || "default"]);
      });
    } finally {
      client.release();
    }
  }

  private async executeInTransaction(client: PoolClient, fn: () => Promise<void>): Promise<void> {
    try {
      await client.query("BEGIN");
      await fn();
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  }
}
