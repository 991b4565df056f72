// Source: Ashprakash/cortexmem — src/backends/postgres.ts (PostgresBackend.insertChunksBatch), reduced by hand, not copied
// Label: safe
// Why: the schema check runs before the checkout; BEGIN, the per-chunk inserts (and the embedding's SQL text built inside the loop) and COMMIT are in the try, ROLLBACK in the catch, release in the finally
import { Pool } from "pg";

type ChunkInsertParams = { content: string; source: string; embedding?: Float32Array; metadata?: Record<string, unknown> };

export class PostgresBackend {
  private pool: Pool;
  private initialized = false;

  constructor(connectionUrl: string) {
    this.pool = new Pool({ connectionString: connectionUrl });
  }

  private async init(): Promise<void> {
    if (this.initialized) return;
    await this.pool.query("CREATE EXTENSION IF NOT EXISTS vector");
    this.initialized = true;
  }

  private embeddingToSql(embedding: Float32Array): string {
    return `[${Array.from(embedding).join(",")}]`;
  }

  async insertChunksBatch(projectRoot: string, chunks: ChunkInsertParams[]): Promise<void> {
    await this.init();
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      for (const chunk of chunks) {
        const embeddingVal = chunk.embedding ? this.embeddingToSql(chunk.embedding) : null;
        await client.query(
          "INSERT INTO chunks (project_root, content, source, embedding, metadata) VALUES ($1, $2, $3, $4, $5)",
          [projectRoot, chunk.content, chunk.source, embeddingVal, JSON.stringify(chunk.metadata || {})],
        );
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
