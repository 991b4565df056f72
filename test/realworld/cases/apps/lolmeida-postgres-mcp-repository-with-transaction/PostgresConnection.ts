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

  async query(text: string, params?: unknown[]) {
    return this.pool.query(text, params);
  }
}
