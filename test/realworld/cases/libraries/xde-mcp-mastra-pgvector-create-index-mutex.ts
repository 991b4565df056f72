// Source: xde-mcp/mastra — stores/pg/src/vector/index.ts (PgVector.createIndex), reduced by hand, not copied
// Label: safe
// Why: the checkout inside the mutex's runExclusive callback is released in that callback's finally
import pg from "pg";
import { Mutex } from "async-mutex";

export class IndexCreator {
  private mutexes = new Map<string, Mutex>();

  constructor(public pool: pg.Pool) {}

  private mutexFor(name: string) {
    let m = this.mutexes.get(name);
    if (!m) {
      m = new Mutex();
      this.mutexes.set(name, m);
    }
    return m;
  }

  async createIndex(indexName: string, dimension: number) {
    await this.mutexFor(`create-${indexName}`).runExclusive(async () => {
      const client = await this.pool.connect();
      try {
        await client.query("CREATE EXTENSION IF NOT EXISTS vector");
        await client.query(
          `CREATE TABLE IF NOT EXISTS ${indexName} (id SERIAL PRIMARY KEY, vector_id TEXT UNIQUE, embedding vector(${dimension}))`,
        );
      } catch (error) {
        console.error(`creating ${indexName} failed`);
        throw error;
      } finally {
        client.release();
      }
    });
  }
}
