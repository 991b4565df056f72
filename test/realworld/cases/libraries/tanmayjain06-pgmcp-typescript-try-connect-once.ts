// Source: tanmayjain06/pgmcp-typescript — src/services/database.ts (DatabaseService.tryConnectOnce / testConnection), reduced by hand, not copied
// Label: safe
// Why: the MCP server's connection check runs `SELECT 1` in a try whose finally releases; testConnection retries it once and turns a second failure into `false`
import { Pool } from "pg";

class DatabaseService {
  private pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: true, connectionTimeoutMillis: 15000 });
  private connected = false;

  private async tryConnectOnce(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT 1");
    } finally {
      client.release();
    }
  }

  async testConnection(): Promise<boolean> {
    try {
      await this.tryConnectOnce();
      this.connected = true;
      return true;
    } catch (e1) {
      try {
        await this.tryConnectOnce();
        this.connected = true;
        return true;
      } catch {
        this.connected = false;
        return false;
      }
    }
  }
}

export const db = new DatabaseService();
