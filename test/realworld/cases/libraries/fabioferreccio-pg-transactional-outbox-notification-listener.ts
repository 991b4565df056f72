// Source: fabioferreccio/pg-transactional-outbox — src/adapters/messaging/pg-notification-listener.ts (PgNotificationListener.connect / close), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is kept in `this.client`; `close()` releases it
import type { Pool, PoolClient } from "pg";

export class PgNotificationListener {
  private client?: PoolClient;

  constructor(private readonly pool: Pool) {}

  async connect(): Promise<void> {
    this.client = await this.pool.connect();
  }

  async listen(channel: string, onNotify: (payload?: string) => void): Promise<void> {
    if (!this.client) throw new Error("Not connected. Call connect() first.");
    this.client.on("notification", (msg) => {
      if (msg.channel === channel) onNotify(msg.payload);
    });
    await this.client.query(`LISTEN ${channel}`);
  }

  async close(): Promise<void> {
    this.client?.release();
    this.client = undefined;
  }
}
