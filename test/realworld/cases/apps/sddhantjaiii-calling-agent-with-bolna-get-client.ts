// Source: sddhantjaiii/Calling-agent-with-bolna — backend/src/services/connectionPoolService.ts (ConnectionPoolService#getClient), reduced by hand, not copied
// Label: hand-over
// Why: the client is returned to the caller (whose `query`/`transaction` release it in a finally); `updateMetrics()` between the checkout and the return only copies the pool's counters into a field and cannot throw
import { Pool, PoolClient } from "pg";

export class ConnectionPoolService {
  private pool: Pool;
  private metrics = {
    totalConnections: 0,
    idleConnections: 0,
    waitingClients: 0,
    activeConnections: 0,
    connectionErrors: 0,
  };

  constructor(private config: { maxRetries?: number; retryDelay?: number }) {
    this.pool = new Pool();
  }

  async getClient(): Promise<PoolClient> {
    let attempts = 0;
    const maxRetries = this.config.maxRetries || 3;
    const baseDelay = this.config.retryDelay || 1000;

    while (attempts < maxRetries) {
      try {
        const client = await this.pool.connect();
        this.updateMetrics();
        return client;
      } catch (error) {
        attempts++;
        this.metrics.connectionErrors++;
        if (attempts >= maxRetries) {
          throw new Error(`Failed to get database client after ${maxRetries} attempts: ${error}`);
        }
        await new Promise((resolve) => setTimeout(resolve, baseDelay * Math.pow(2, attempts - 1)));
      }
    }

    throw new Error("Unexpected error in getClient method");
  }

  private updateMetrics(): void {
    this.metrics.totalConnections = this.pool.totalCount;
    this.metrics.idleConnections = this.pool.idleCount;
    this.metrics.waitingClients = this.pool.waitingCount;
    this.metrics.activeConnections = this.pool.totalCount - this.pool.idleCount;
  }
}
