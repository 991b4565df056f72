// Source: AtharvSinha26052005/ai-for-bharat-aawaz-intelligence — src/db/connection.ts (Database.getClient, transaction), reduced by hand, not copied
// Label: safe
// Why: beside a primary/replica router (read-replica.ts, reads round-robin over an array of pools) the writes go through this class: getClient() hands this.pool's client to transaction(), which releases it in finally
import { Pool, PoolClient } from "pg";

class Database {
  private pool: Pool;

  constructor() {
    this.pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, connectionTimeoutMillis: 2000 });
    this.pool.on("error", (err) => console.error("Unexpected database error", err));
  }

  async getClient(): Promise<PoolClient> {
    return this.pool.connect();
  }

  async transaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.getClient();
    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("Transaction error", error);
      throw error;
    } finally {
      client.release();
    }
  }
}

export const db = new Database();
