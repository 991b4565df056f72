// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/store/modules/database-core.ts (DatabaseCore.withClient), reduced by hand, not copied
// Label: safe
// Why: the operation is awaited inside the try and the finally releases the client whatever it does
import pg from "pg";

export class DatabaseCore {
  constructor(public readonly pool: pg.Pool, public readonly schema: string) {}

  async withClient<T>(operation: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await operation(client);
    } finally {
      client.release();
    }
  }
}
