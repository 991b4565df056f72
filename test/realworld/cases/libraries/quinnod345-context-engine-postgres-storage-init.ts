// Source: Quinnod345/context-engine — src/storage/postgres.ts (PostgresStorage.init), reduced by hand, not copied
// Label: safe
// Why: the agent context store's schema set-up (`CREATE EXTENSION vector`, a table with a `vector(n)` column, an index) runs in a try whose finally releases; every other method goes through `this.pool.query`
import pg from "pg";

export class PostgresStorage {
  private pool: pg.Pool;

  constructor(connectionString?: string, private readonly dimensions = 1536) {
    this.pool = new pg.Pool({ connectionString: connectionString || process.env.DATABASE_URL });
  }

  async init(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS vector");
      await client.query(`
        CREATE TABLE IF NOT EXISTS context_events (
          id TEXT PRIMARY KEY,
          data JSONB NOT NULL,
          embedding vector(${this.dimensions}),
          relevance DOUBLE PRECISION NOT NULL DEFAULT 1.0
        )`);
      await client.query("CREATE INDEX IF NOT EXISTS idx_context_events_relevance ON context_events(relevance DESC)");
    } finally {
      client.release();
    }
  }

  async search(embedding: number[], limit: number) {
    const result = await this.pool.query(
      "SELECT *, 1 - (embedding <=> $1::vector) AS similarity FROM context_events ORDER BY embedding <=> $1::vector LIMIT $2",
      [`[${embedding.join(",")}]`, limit],
    );
    return result.rows;
  }
}
