// Source: wan2land/stdjs — packages/database/src/driver/pg/pool.ts (PgPool.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a PgPoolConnection and returned to the caller, whose `release()` (or `close()`) gives the pg client back
import { Pool as OriginPool, type PoolClient } from "pg";

export class PgPoolConnection {
  constructor(public client: PoolClient) {}

  async query(query: string, values: unknown[] = []) {
    return this.client.query(query, values);
  }

  async release() {
    await this.client.release();
  }
}

export class PgPool {
  constructor(public pool: OriginPool) {}

  async close(): Promise<void> {
    await this.pool.end();
  }

  async getConnection(): Promise<PgPoolConnection> {
    return new PgPoolConnection(await this.pool.connect());
  }
}
