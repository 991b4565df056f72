// Source: thiago4go/rag-memory-mcp-postgresql — src/database/connection-health-monitor.ts (ConnectionHealthMonitor.performHealthCheck), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pool.connect()` is raced against a timeout; when the timeout wins, `client` stays null and the finally has nothing to release, but the connect still completes later and the client it yields is never released — every slow health check strands one more connection
import type { Pool, PoolClient } from "pg";

export class ConnectionHealthMonitor {
  private consecutiveFailures = 0;

  constructor(
    private pool: Pool,
    private config: { healthCheckTimeoutMs: number; healthCheckQuery: string },
    private logger: { warn(m: string, e?: unknown): void; error(m: string, e?: unknown): void },
  ) {}

  async performHealthCheck(): Promise<boolean> {
    let client: PoolClient | null = null;

    try {
      client = await Promise.race([
        this.pool.connect(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("Connection timeout")), this.config.healthCheckTimeoutMs),
        ),
      ]);

      await client.query(this.config.healthCheckQuery);
      this.consecutiveFailures = 0;
      return true;
    } catch (error) {
      this.consecutiveFailures++;
      this.logger.error("Connection health check failed", error);
      return false;
    } finally {
      if (client) {
        try {
          client.release();
        } catch (error) {
          this.logger.warn("Error releasing client after health check", error);
        }
      }
    }
  }
}
