// Source: Geddydukes/feather-orchestrator — src/memory/postgres.ts (PostgresMemoryStore.withClient), reduced by hand, not copied
// Label: safe
// Why: the schema promise is awaited before the checkout; the callback runs in the try whose finally releases
import { Pool, type PoolClient } from "pg";

export class PostgresMemoryStore {
  private pool: Pool;
  private ready: Promise<void>;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
    this.ready = this.pool.query("CREATE TABLE IF NOT EXISTS memory_messages (id serial)").then(() => undefined);
  }

  private async withClient<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  }

  append(text: string) {
    return this.withClient((client) => client.query("INSERT INTO memory_messages (text) VALUES ($1)", [text]));
  }
}
