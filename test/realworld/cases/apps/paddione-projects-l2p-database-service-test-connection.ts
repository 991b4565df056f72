// Source: Paddione/projects — l2p/backend/src/services/DatabaseService.ts (DatabaseService.testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: on success the try releases the client and the finally releases it a second time; pg throws "Release called on client which has already been released to the pool.", which the empty catch around the second release swallows
import { Pool, type PoolClient } from "pg";

export class DatabaseService {
  private pool = new Pool({ connectionString: process.env.DATABASE_URL });
  private isConnected = false;

  public async testConnection(): Promise<boolean> {
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      await client.query("SELECT NOW()");
      client.release();
      this.isConnected = true;
      return true;
    } catch (error) {
      console.error("Database connection test failed:", error);
      this.isConnected = false;
      throw error;
    } finally {
      if (client) {
        try { client.release(); } catch { }
      }
    }
  }
}
