// Source: thiago4go/rag-memory-mcp-postgresql — src/database/postgresql-adapter.ts (PostgreSQLAdapter.query), reduced by hand, not copied
// Label: safe
// Why: the client comes from the manager's retrying getter or straight from the pool; either way the query is in the try and the finally releases it
import type { Pool, PoolClient } from "pg";

export class PostgreSQLAdapter {
  private pool: Pool | null = null;
  private connectionManager: { getClientWithRetry(name: string): Promise<PoolClient> } | null = null;

  constructor(private logger: { error(m: string, e?: unknown): void }) {}

  async query(sql: string, params?: any[]): Promise<any[]> {
    if (!this.pool) throw new Error("Database not initialized");

    let client: PoolClient;
    if (this.connectionManager) {
      client = await this.connectionManager.getClientWithRetry("default");
    } else {
      client = await this.pool.connect();
    }

    try {
      const result = await client.query(sql, params);
      return result.rows;
    } catch (error) {
      this.logger.error("Query execution failed", error);
      throw error;
    } finally {
      client.release();
    }
  }
}
