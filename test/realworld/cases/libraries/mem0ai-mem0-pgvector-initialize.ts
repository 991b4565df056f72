// Source: mem0ai/mem0 — mem0-ts/src/oss/src/vector_stores/pgvector.ts (PGVector._doInitialize, the direct-connection path), reduced by hand, not copied
// Label: safe
// Why: the store's own `pg.Client`, held for the store's lifetime and ended by close(); no pool checkout
import { Client, type ClientConfig } from "pg";

export class PGVectorSketch {
  private client: Client;
  private initPromise: Promise<void> | undefined;

  constructor(config: ClientConfig, private collectionName: string) {
    this.client = new Client(config);
  }

  initialize(): Promise<void> {
    this.initPromise ??= this.doInitialize();
    return this.initPromise;
  }

  private async doInitialize(): Promise<void> {
    try {
      await this.client.connect();
      await this.client.query("CREATE EXTENSION IF NOT EXISTS vector");
      await this.client.query(`CREATE TABLE IF NOT EXISTS ${this.collectionName} (id UUID PRIMARY KEY, vector vector(1536), payload JSONB)`);
    } catch (error) {
      console.error("Error during initialization:", error);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
