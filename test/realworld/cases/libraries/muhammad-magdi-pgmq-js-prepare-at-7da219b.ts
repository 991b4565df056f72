// Source: Muhammad-Magdi/pgmq-js — src/index.ts at 7da219b (Pgmq.prepare, ":wrench: fix pgmq.prepare() memory leak"), reduced by hand, not copied
// Label: safe
// Why: the extension is created on a checked-out client inside a try whose finally releases it; the pool is a `Pool<Client>` from pg-pool
import { Client } from "pg";
import Pool from "pg-pool";
import { QueueManager } from "./queue-manager";
import { MsgManager } from "./msg-manager";

export class Pgmq {
  public readonly queue: QueueManager;
  public readonly msg: MsgManager;

  private constructor(private readonly pool: Pool<Client>) {
    this.queue = new QueueManager(pool);
    this.msg = new MsgManager(pool);
  }

  private async prepare() {
    const client = await this.pool.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pgmq CASCADE;");
    } finally {
      client.release();
    }
  }

  public async close() {
    await this.pool.end();
  }
}
