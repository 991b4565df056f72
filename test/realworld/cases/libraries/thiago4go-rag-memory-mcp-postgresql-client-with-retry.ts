// Source: thiago4go/rag-memory-mcp-postgresql — src/database/connection-pool-manager.ts (ConnectionPoolManager.getClientWithRetry), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is returned only after a test `SELECT 1`; when that query fails the catch logs and retries with a new checkout, and the failed client is never released
import type { Pool, PoolClient } from "pg";

export class ConnectionPoolManager {
  constructor(
    private pools: Map<string, Pool>,
    private logger: { warn(m: string, e?: unknown): void },
  ) {}

  private async getPool(name: string): Promise<Pool> {
    const pool = this.pools.get(name);
    if (!pool) throw new Error(`Pool ${name} not found`);
    return pool;
  }

  async getClientWithRetry(poolName: string, maxRetries: number = 3): Promise<PoolClient> {
    let lastError: Error | null = null;

    for (let attempt = 1; attempt <= maxRetries; attempt++) {
      try {
        const pool = await this.getPool(poolName);
        const client = await pool.connect();

        await client.query("SELECT 1");

        return client;
      } catch (error) {
        lastError = error as Error;
        this.logger.warn(`Connection attempt ${attempt}/${maxRetries} failed:`, error);
        if (attempt < maxRetries) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** (attempt - 1), 10000)));
        }
      }
    }

    throw new Error(`Failed to get client after ${maxRetries} attempts: ${lastError?.message}`);
  }
}
