// Source: run-llama/LlamaIndexTS — packages/providers/storage/postgres/src/PGVectorStore.ts (getDb), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` kept by the store for its lifetime; no pool checkout is involved
import type { ClientConfig } from "pg";

export class PGVectorStoreSketch {
  private db: { query: (sql: string) => Promise<unknown>; close: () => Promise<void> } | undefined;
  private isDBConnected = false;

  constructor(private clientConfig: ClientConfig) {}

  async getDb() {
    if (!this.db) {
      const pg = await import("pg");
      const { Client } = pg.default ? pg.default : pg;
      const { registerTypes } = await import("pgvector/pg");
      const db = new Client({ ...this.clientConfig });
      await db.connect();
      this.isDBConnected = true;
      await db.query("CREATE EXTENSION IF NOT EXISTS vector");
      await registerTypes(db);
      this.db = { query: (sql) => db.query(sql), close: () => db.end() };
    }
    return this.db;
  }
}
