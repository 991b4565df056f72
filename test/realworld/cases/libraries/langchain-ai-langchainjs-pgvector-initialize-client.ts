// Source: langchain-ai/langchainjs — libs/providers/langchain-pgvector/src/vectorstores.ts (PGVectorStore._initializeClient / end), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is kept in `this.client` for the store's lifetime; `end()` releases it before ending the pool
import pg from "pg";

export class PGVectorStore {
  pool: pg.Pool;
  client?: pg.PoolClient;

  constructor(config: pg.PoolConfig) {
    this.pool = new pg.Pool(config);
  }

  static async initialize(config: pg.PoolConfig): Promise<PGVectorStore> {
    const store = new PGVectorStore(config);
    await store._initializeClient();
    await store.ensureTable();
    return store;
  }

  protected async _initializeClient() {
    this.client = await this.pool.connect();
  }

  async ensureTable() {
    await this.pool.query("CREATE TABLE IF NOT EXISTS langchain_pg_embedding (id uuid PRIMARY KEY)");
  }

  async end(): Promise<void> {
    this.client?.release();
    return this.pool.end();
  }
}
