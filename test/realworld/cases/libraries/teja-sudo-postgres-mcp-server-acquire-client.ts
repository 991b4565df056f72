// Source: Teja-sudo/postgres-mcp-server — src/db-manager.ts (DatabaseManager.acquireMainPoolClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned together with a release closure that updates the counters and releases it; only counter updates run in between
import type { Pool, PoolClient } from "pg";

export class DatabaseManager {
  private totalActiveConnections = 0;
  private mainPoolActiveConnections = 0;

  constructor(private currentPool: Pool | null) {}

  async acquireMainPoolClient(): Promise<{ client: PoolClient; release: () => void }> {
    if (!this.currentPool) {
      throw new Error("Not connected to any server");
    }
    const client = await this.currentPool.connect();
    this.totalActiveConnections++;
    this.mainPoolActiveConnections++;
    const release = () => {
      this.totalActiveConnections = Math.max(0, this.totalActiveConnections - 1);
      this.mainPoolActiveConnections = Math.max(0, this.mainPoolActiveConnections - 1);
      client.release();
    };
    return { client, release };
  }
}
