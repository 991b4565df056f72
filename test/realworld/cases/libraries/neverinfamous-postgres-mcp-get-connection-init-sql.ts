// Source: neverinfamous/postgres-mcp — src/pool/connection-pool.ts (ConnectionPool.getConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the session's initialization SQL is awaited before the client is returned; when it throws, the catch rethrows a wrapped error without releasing the client
import type { Pool, PoolClient } from "pg";

export class ConnectionPool {
  private stats = { waiting: 0 };

  constructor(private pool: Pool, private initializationSql: string[] = []) {}

  private async applyInitializationSql(client: PoolClient) {
    for (const sql of this.initializationSql) {
      await client.query(sql);
    }
  }

  async getConnection(): Promise<PoolClient> {
    try {
      this.stats.waiting++;
      const client = await this.pool.connect();
      this.stats.waiting = Math.max(0, this.stats.waiting - 1);
      await this.applyInitializationSql(client);
      return client;
    } catch (error) {
      this.stats.waiting = Math.max(0, this.stats.waiting - 1);
      throw new Error(`Failed to acquire connection: ${(error as Error).message}`);
    }
  }
}
