// Source: andrew-grechkin/pg.js — src/pg.ts (Pg.db), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a Database object (whose release() gives it back) and returned to the caller
import pg from "pg";

declare class Database {
  constructor(client: pg.PoolClient, options: { verboseErrors: boolean });
  release(): void;
}

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
}
