// Source: HenkDz/postgresql-mcp-server — src/utils/connection.ts (DatabaseConnection.connect), reduced by hand, not copied
// Label: safe
// Why: the probe checkout inside the outer try is released by its own try/finally; the outer catch only ends a pool that has no client out
import { Pool } from "pg";

const poolCache = new Map<string, Pool>();

export class DatabaseConnection {
  private pool: Pool | null = null;

  async connect(connectionString: string) {
    let created = false;
    try {
      const cached = poolCache.get(connectionString);
      if (cached) {
        this.pool = cached;
      } else {
        this.pool = new Pool({ connectionString, allowExitOnIdle: true });
        this.pool.on("error", (err) => console.error("idle client error", err.message));
        poolCache.set(connectionString, this.pool);
        created = true;
      }
      const client = await this.pool.connect();
      try {
        await client.query("SELECT 1");
      } finally {
        client.release();
      }
    } catch (error) {
      if (created && this.pool) {
        poolCache.delete(connectionString);
        await this.pool.end().catch(() => undefined);
        this.pool = null;
      }
      throw new Error(`Failed to connect to database: ${(error as Error).message}`);
    }
  }
}
