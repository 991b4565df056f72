// Source: shambhav15/memori-js — src/stores/postgres.ts (PostgresVecStore.init), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in an outer try that wraps errors; the DDL runs in an inner try whose finally releases
import { Pool } from "pg";

class VectorStoreError extends Error {
  constructor(message: string, readonly cause: unknown) {
    super(message);
  }
}

export class PostgresVecStore {
  private pool: Pool;
  constructor(connectionString: string, private tableName = "memories") {
    this.pool = new Pool({ connectionString });
  }

  async init(): Promise<void> {
    try {
      const client = await this.pool.connect();
      try {
        await client.query("CREATE EXTENSION IF NOT EXISTS vector");
        await client.query(`CREATE TABLE IF NOT EXISTS ${this.tableName} (id serial PRIMARY KEY, embedding vector(768))`);
        await client.query(`CREATE INDEX IF NOT EXISTS ${this.tableName}_idx ON ${this.tableName} USING hnsw (embedding vector_cosine_ops)`);
      } finally {
        client.release();
      }
    } catch (e) {
      throw new VectorStoreError("Failed to initialize PostgresVecStore", e);
    }
  }
}
