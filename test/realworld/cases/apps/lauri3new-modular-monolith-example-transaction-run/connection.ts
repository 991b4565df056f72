import { Pool, type PoolClient } from "pg";

export class DatabaseConnection {
  private pool: Pool | null = null;

  async connect(connectionString: string): Promise<void> {
    if (this.pool) return;
    this.pool = new Pool({ connectionString, max: 20 });
  }

  async getClient(): Promise<PoolClient> {
    if (!this.pool) {
      throw new Error("Database not connected. Call connect() first.");
    }
    return this.pool.connect();
  }
}
