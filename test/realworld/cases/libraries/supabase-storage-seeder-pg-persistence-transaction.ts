// Source: supabase/storage — src/internal/testing/seeder/pg-persistence.ts (PgPersistence.beginTransaction / commitTransaction / rollbackTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the seeder keeps its checkout on `this.trx`; commitTransaction and rollbackTransaction release it only after awaiting COMMIT / ROLLBACK, so a rejected COMMIT or ROLLBACK leaves the client checked out on the field for good
import { Pool, PoolClient, PoolConfig, QueryResult } from "pg";

export class PgPersistence {
  private pool: Pool;
  private trx: PoolClient | null = null;

  constructor(poolConfig: PoolConfig | Pool) {
    this.pool = poolConfig instanceof Pool ? poolConfig : new Pool(poolConfig);
  }

  async beginTransaction(): Promise<void> {
    this.trx = await this.pool.connect();
    await this.trx.query("BEGIN");
  }

  async commitTransaction(): Promise<void> {
    if (this.trx) {
      await this.trx.query("COMMIT");
      this.trx.release();
      this.trx = null;
    }
  }

  async rollbackTransaction(): Promise<void> {
    if (this.trx) {
      await this.trx.query("ROLLBACK");
      this.trx.release();
      this.trx = null;
    }
  }

  async rawQuery(query: string, bindings: unknown[] = []): Promise<QueryResult> {
    return this.trx ? this.trx.query(query, bindings) : this.pool.query(query, bindings);
  }
}
