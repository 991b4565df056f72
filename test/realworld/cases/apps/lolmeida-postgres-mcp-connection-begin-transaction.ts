// Source: lolmeida/postgres-mcp — src/database/PostgresConnection.ts (PostgresConnection.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the checkout from the class's own getClient() is released in the catch when SET or BEGIN rejects, and returned to the caller otherwise
import { Pool, PoolClient } from "pg";

export class PostgresConnection {
  private pool: Pool;
  private initialized = false;

  constructor(config: { connectionString: string }) {
    this.pool = new Pool({ connectionString: config.connectionString });
  }

  async getClient(): Promise<PoolClient> {
    if (!this.initialized) {
      throw new Error("PostgreSQL connection not initialized");
    }
    try {
      return await this.pool.connect();
    } catch (error) {
      console.error("Failed to get a client from the pool", error);
      throw error;
    }
  }

  async beginTransaction(options: { isolationLevel?: string; timeoutMillis?: number } = {}): Promise<PoolClient> {
    const isolationLevel = options.isolationLevel || "READ COMMITTED";
    const timeoutMillis = options.timeoutMillis || 300000;
    const client = await this.getClient();
    try {
      await client.query(`SET LOCAL statement_timeout = ${timeoutMillis}`);
      await client.query(`BEGIN TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      return client;
    } catch (error) {
      client.release(error as Error);
      throw new Error(`Failed to begin transaction: ${(error as Error).message}`);
    }
  }
}
