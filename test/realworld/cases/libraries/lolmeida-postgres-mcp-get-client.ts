// Source: lolmeida/postgres-mcp — src/database/PostgresConnection.ts (PostgresConnection.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the awaited checkout is returned to the caller ("the client must be released after use"); the catch only wraps a failed connect
import type { Pool, PoolClient } from "pg";

export class PostgresConnection {
  private initialized = true;

  constructor(private pool: Pool) {}

  async getClient(): Promise<PoolClient> {
    if (!this.initialized) {
      throw new Error("PostgreSQL connection not initialized");
    }
    try {
      return await this.pool.connect();
    } catch (error: any) {
      console.error("Failed to get PostgreSQL client from pool", error);
      throw new Error(`connect failed: ${error.message}`);
    }
  }
}
