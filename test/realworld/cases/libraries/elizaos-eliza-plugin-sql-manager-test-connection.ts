// Source: elizaOS/eliza — packages/plugin-sql/src/pg/manager.ts (PostgresConnectionManager.testConnection), reduced by hand, not copied
// Label: safe
// Why: `client` starts as null, is checked out inside the try, and the finally releases it whenever it is set; the catch returns false
import { Pool, type PoolClient } from "pg";

export class PostgresConnectionManager {
  private pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  public async testConnection(): Promise<boolean> {
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      await client.query("SELECT 1");
      return true;
    } catch (error) {
      console.error("Failed to connect to the database", error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      if (client) {
        client.release();
      }
    }
  }
}
