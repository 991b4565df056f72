// Source: Muhammad-Magdi/pgmq-js — src/index.ts at 7da219b^ (Pgmq.new, before ":wrench: fix pgmq.prepare() memory leak"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await pool.connect()` checks a client out and drops it: nothing can ever release it (the commit's "leak"), and every Pgmq made pins one more
import { Client } from "pg";
import Pool from "pg-pool";
import { PgPoolConfig } from "./types";
import { QueueManager } from "./queue-manager";
import { MsgManager } from "./msg-manager";

export class Pgmq {
  public readonly queue: QueueManager;
  public readonly msg: MsgManager;

  private constructor(private readonly pool: Pool<Client>) {
    this.queue = new QueueManager(pool);
    this.msg = new MsgManager(pool);
  }

  public static async new(c: PgPoolConfig) {
    if (c.max === undefined) c.max = 20;
    const pool = new Pool(c);

    await pool.connect();
    const pgmq = new Pgmq(pool);
    await pgmq.prepare();
    return pgmq;
  }

  private async prepare() {
    await this.pool.query("CREATE EXTENSION IF NOT EXISTS pgmq CASCADE;");
  }
}
