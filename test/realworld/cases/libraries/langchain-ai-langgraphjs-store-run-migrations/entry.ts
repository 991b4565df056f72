// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/store/index.ts (PostgresStore.runStoreMigrations, added by PR #1457), reduced by hand, not copied
// Label: safe
// Why: the one call between connect() and the try builds table names from the schema string (a helper of another module that cannot throw); the migrations run in the try whose finally releases
import pg from "pg";
import { getStoreTablesWithSchema, getStoreMigrations } from "./sql";

export class PostgresStore {
  constructor(private core: { pool: pg.Pool; schema: string; indexConfig?: { dims: number } }) {}

  private async runStoreMigrations(): Promise<void> {
    const client = await this.core.pool.connect();
    const STORE_TABLES = getStoreTablesWithSchema(this.core.schema);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.core.schema}"`);
      let version = -1;
      const migrations = getStoreMigrations({ schema: this.core.schema, indexConfig: this.core.indexConfig });
      try {
        const result = await client.query(`SELECT v FROM ${STORE_TABLES.store_migrations} ORDER BY v DESC LIMIT 1`);
        if (result.rows.length > 0) version = result.rows[0].v;
      } catch (error: any) {
        if (error?.code !== "42P01") throw error;
      }
      for (let v = version + 1; v < migrations.length; v += 1) {
        await client.query(migrations[v]);
        await client.query(`INSERT INTO ${STORE_TABLES.store_migrations} (v) VALUES ($1)`, [v]);
      }
    } finally {
      client.release();
    }
  }
}
