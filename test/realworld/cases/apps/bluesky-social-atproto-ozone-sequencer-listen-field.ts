// Source: bluesky-social/atproto — packages/ozone/src/sequencer/sequencer.ts (Sequencer.start), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is kept on `this.conn` for the sequencer's life; `destroy()` releases it (the un-awaited LISTEN is deliberate: a rejection is meant to crash the process)
import EventEmitter from "node:events";
import type pg from "pg";
import type { Database } from "../db/index.js";

const CHANNEL = "new_label";

export class Sequencer extends EventEmitter {
  destroyed = false;
  conn: pg.PoolClient | undefined;
  lastSeen = 0;

  constructor(public db: Database) {
    super();
  }

  async start() {
    this.lastSeen = (await this.curr()) ?? 0;
    this.poll();
    this.conn = await this.db.pool.connect();
    this.conn.query(`listen ${CHANNEL}`);
    this.conn.on("notification", (notif) => {
      if (notif.channel === CHANNEL) this.poll();
    });
  }

  async destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.conn) {
      this.conn.release();
      this.conn = undefined;
    }
    this.emit("close");
  }

  async curr(): Promise<number | null> {
    const row = await this.db.db.selectFrom("label").select("id").orderBy("id", "desc").executeTakeFirst();
    return row?.id ?? null;
  }

  poll() {
    this.emit("poll");
  }
}
