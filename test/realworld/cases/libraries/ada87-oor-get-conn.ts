// Source: ada87/oor — src/pg.ts (PostgreSQL.getConn), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: on first use the pool is made and `await this.pool.connect()` checks a client out as a connection test; it is dropped, never released, and one pooled connection stays busy for the life of the pool
import { Pool, type PoolConfig } from "pg";

export class PostgreSQL {
  private pool: Pool | null = null;
  constructor(private config: PoolConfig | (() => Pool | Promise<Pool>)) {}

  async getConn(): Promise<Pool> {
    if (this.pool == null) {
      if (typeof this.config == "function") {
        this.pool = await Promise.resolve(this.config.call(null));
      } else {
        this.pool = new Pool(this.config);
      }
      await this.pool.connect();
    }
    return this.pool;
  }
}
