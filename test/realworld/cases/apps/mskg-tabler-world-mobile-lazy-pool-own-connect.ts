// Source: mskg/tabler-world-mobile — packages/tabler-world-rds-client/src/clients/LazyPGPool.ts (query), reduced by hand, not copied
// Label: safe
// Why: `this.connect()` is the wrapper's own lazy pool creation, not a checkout; the query goes through pool.query, which releases by itself
import { Pool, QueryResult } from "pg";

export class LazyPGPool {
  private pool?: Pool;

  constructor(private poolSize: number) {}

  async connect() {
    if (!this.pool) {
      this.pool = new Pool({ max: this.poolSize });
    }
  }

  async query<T = any>(text: string, parameters?: any[]): Promise<QueryResult<T>> {
    await this.connect();
    try {
      return await this.pool!.query(text, parameters);
    } catch (e) {
      console.error("[SQL]", text);
      throw e;
    }
  }

  async close() {
    if (this.pool) await this.pool.end();
  }
}
