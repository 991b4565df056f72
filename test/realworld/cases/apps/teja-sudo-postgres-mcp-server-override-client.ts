// Source: Teja-sudo/postgres-mcp-server — src/db-manager.ts (DatabaseManager.acquireCachedPoolClient, getClientWithOverride), reduced by hand, not copied
// Label: hand-over
// Why: acquireCachedPoolClient() pairs its checkout with a `release` that gives it back; getClientWithOverride releases it when SET search_path fails and otherwise returns the client and its release to the caller
import type { Pool, PoolClient } from "pg";

interface CachedPool {
  pool: Pool;
  activeConnections: number;
}

export class DatabaseManager {
  private totalActiveConnections = 0;

  private async acquireCachedPoolClient(cached: CachedPool): Promise<{ client: PoolClient; release: () => void }> {
    const client = await cached.pool.connect();
    this.totalActiveConnections++;
    cached.activeConnections++;
    const release = () => {
      this.totalActiveConnections = Math.max(0, this.totalActiveConnections - 1);
      cached.activeConnections = Math.max(0, cached.activeConnections - 1);
      client.release();
    };
    return { client, release };
  }

  async getClientWithOverride(cached: CachedPool, schema: string) {
    const { client, release } = await this.acquireCachedPoolClient(cached);
    try {
      await client.query(`SET search_path TO ${schema}`);
    } catch (error) {
      release();
      throw new Error(`Failed to set schema '${schema}': ${error instanceof Error ? error.message : String(error)}`);
    }
    return { client, release, schema };
  }
}
