// Source: MaxNoetzold/y-postgresql — src/y-postgresql.ts (PostgresqlPersistence.build) with src/pg-adapter.ts (PgAdapter.connect), reduced by hand, not copied
// Label: safe
// Why: `PgAdapter.connect` is the library's own static factory: it makes a pool, runs pool.query set-up and returns an adapter; no client is checked out
import { Pool, type PoolConfig } from "pg";

class PgAdapter {
  constructor(private pool: Pool, private tableName: string) {}

  static async connect(options: PoolConfig, { tableName }: { tableName: string }) {
    const pool = new Pool(options);
    await pool.query("SELECT 1+1;");
    await pool.query(`CREATE TABLE IF NOT EXISTS "${tableName}" (id serial PRIMARY KEY, doc bytea)`);
    return new PgAdapter(pool, tableName);
  }

  async close() {
    await this.pool.end();
  }
}

export class PostgresqlPersistence {
  private constructor(private db: PgAdapter) {}

  static async build(options: PoolConfig, { tableName = "yjs-writings" } = {}) {
    if (typeof tableName !== "string") throw new Error('option "tableName" must be a string');
    const db = await PgAdapter.connect(options, { tableName });
    return new PostgresqlPersistence(db);
  }
}
