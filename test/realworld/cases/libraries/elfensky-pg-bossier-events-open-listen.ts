// Source: elfensky/pg-bossier — src/events.ts (EventStream.open), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN client goes straight into `this.client`; the instance releases it when the connection is lost (onClientLost) and on close
import { EventEmitter } from "node:events";
import type { Pool, PoolClient } from "pg";

export class EventStream extends EventEmitter {
  private client: PoolClient | null = null;
  private closed = false;
  private firstOpen = true;
  private failures = 0;

  constructor(private readonly pool: Pool, private readonly schema: string) {
    super();
  }

  private readonly onNotification = (msg: { channel: string; payload?: string }) => this.emit("raw", msg);
  private readonly onError = (err: unknown) => this.lost(err);
  private readonly onEnd = () => this.lost(new Error("connection ended"));

  async open(): Promise<void> {
    if (this.closed) return;
    this.client = await this.pool.connect();
    this.client.on("notification", this.onNotification);
    this.client.on("error", this.onError);
    this.client.on("end", this.onEnd);
    await this.client.query(`LISTEN ${this.schema}_job`);
    this.failures = 0;
    if (this.firstOpen) {
      this.firstOpen = false;
      setImmediate(() => {
        if (!this.closed) this.emit("connected");
      });
    } else {
      this.emit("connected");
    }
  }

  private lost(err: unknown): void {
    if (this.closed || !this.client) return;
    this.client.off("notification", this.onNotification);
    this.client.off("error", this.onError);
    this.client.off("end", this.onEnd);
    try {
      this.client.release(err instanceof Error ? err : new Error(String(err)));
    } catch {
      /* already gone */
    }
    this.client = null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.client) {
      this.client.off("notification", this.onNotification);
      try {
        await this.client.query(`UNLISTEN ${this.schema}_job`);
      } catch {
        /* the connection may be dead */
      }
      this.client.release();
      this.client = null;
    }
  }
}
