// Source: dmanto/pg.js — src/pg.ts (Pg.db), reduced by hand, not copied
// Label: hand-over
// Why: the checkout goes straight into `new Database(client, …)`, which the caller owns and releases (Database's release/asyncDispose); nothing runs between the checkout and the hand-over
import pg from "pg";
import { Database } from "./database.js";

export class Pg {
  pool: pg.Pool;
  verboseErrors = false;

  constructor(config?: pg.PoolConfig) {
    this.pool = new pg.Pool(config);
  }

  async db(): Promise<Database> {
    const client = await this.pool.connect();
    return new Database(client, { verboseErrors: this.verboseErrors });
  }

  async end(): Promise<void> {
    await this.pool.end();
  }
}
