// Source: SYMBaiEX/SYMindX — mind-agents/src/modules/memory/providers/postgres/index.ts (PostgresMemoryProvider.healthCheck), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in an outer try that answers "unhealthy"; the version query runs in an inner try whose finally releases
import { Pool } from "pg";

export class PostgresMemoryProvider {
  private pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  private getPoolStatus() {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  async healthCheck(): Promise<{ status: string; details?: any }> {
    const start = Date.now();
    try {
      const client = await this.pool.connect();
      try {
        const result = await client.query("SELECT version()");
        const latency = Date.now() - start;
        const version = result.rows[0]?.version?.split(" ").slice(0, 2).join(" ");
        return { status: "healthy", details: { latency, version, type: "postgres", poolStatus: this.getPoolStatus() } };
      } finally {
        client.release();
      }
    } catch (error) {
      console.error("❌ PostgreSQL health check failed:", error);
      return { status: "unhealthy", details: { error: error instanceof Error ? error.message : String(error), latency: -1, type: "postgres" } };
    }
  }
}
