// Source: sddhantjaiii/Calling-agent-with-bolna — backend/src/services/connectionPoolService.ts (ConnectionPoolService#initialize; the repository's CONNECTION_EXHAUSTION_FIX.md reports the pool running dry), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe releases only after `SELECT NOW()` succeeds; a failed probe goes to the catch, which retries with a new checkout and never releases the first
import { Pool } from "pg";

type Config = { max?: number; maxRetries?: number; retryDelay?: number };

export class ConnectionPoolService {
  private pool: Pool;
  private metrics = { connectionErrors: 0, healthCheckStatus: "unknown" };

  constructor(private config: Config) {
    this.pool = new Pool({ max: config.max });
  }

  async initialize(): Promise<void> {
    let attempts = 0;
    const maxRetries = this.config.maxRetries || 3;
    const baseDelay = this.config.retryDelay || 1000;

    while (attempts < maxRetries) {
      try {
        const client = await this.pool.connect();
        await client.query("SELECT NOW()");
        client.release();

        await this.warmupPool();

        this.metrics.healthCheckStatus = "healthy";
        return;
      } catch (error) {
        attempts++;
        this.metrics.connectionErrors++;

        if (attempts >= maxRetries) {
          this.metrics.healthCheckStatus = "unhealthy";
          throw new Error(`Failed to initialize database connection pool after ${maxRetries} attempts: ${error}`);
        }

        await this.sleep(baseDelay * Math.pow(2, attempts - 1));
      }
    }
  }

  private async warmupPool(): Promise<void> {}

  private sleep(ms: number) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
