// Source: hyperweb-io/lib-count — packages/client/src/index.ts (Database.withTransaction), reduced by hand, not copied
// Label: safe
// Why: the singleton Database's transaction helper (the one its jest connection test drives) checks a client out, commits or rolls back inside an inner try, and releases in the outer finally
import { Pool, PoolClient } from "pg";

export class Database {
  private static instance: Database;
  private pool!: Pool;

  constructor() {
    if (Database.instance) {
      return Database.instance;
    }
    this.pool = new Pool({ connectionString: process.env.DATABASE_URL });
    process.on("SIGTERM", async () => {
      await this.shutdown();
    });
    Database.instance = this;
    return this;
  }

  async withTransaction(fn: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      try {
        await fn(client);
        await client.query("COMMIT");
      } catch (e) {
        console.error("Error during transaction:", e);
        await client.query("ROLLBACK");
        throw e;
      }
    } finally {
      client.release();
    }
  }

  async shutdown(): Promise<void> {
    await this.pool.end();
  }
}
