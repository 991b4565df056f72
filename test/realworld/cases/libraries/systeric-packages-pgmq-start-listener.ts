// Source: Systeric/packages — packages/pgmq/src/PgQueue.ts (PgQueue.start), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is stored in `this.listenerClient` before LISTEN is sent and kept for the queue's life; stop() releases it
import { EventEmitter } from "events";
import type { Notification, Pool, PoolClient } from "pg";

export class PgQueue extends EventEmitter {
  private listenerClient: PoolClient | null = null;
  private isRunning = false;

  constructor(private pool: Pool, private channelName: string) {
    super();
  }

  async start(): Promise<void> {
    if (this.isRunning) {
      return;
    }

    this.listenerClient = await this.pool.connect();
    await this.listenerClient.query(`LISTEN ${this.channelName}`);

    this.listenerClient.on("notification", (msg: Notification) => {
      if (msg.channel === this.channelName) {
        this.emit("notification", msg.payload);
      }
    });

    this.isRunning = true;
    this.emit("started");
  }

  async stop(): Promise<void> {
    if (!this.isRunning) return;
    this.isRunning = false;
    if (this.listenerClient) {
      await this.listenerClient.query(`UNLISTEN ${this.channelName}`);
      this.listenerClient.release();
      this.listenerClient = null;
    }
  }
}
