import { Injectable } from "@nestjs/common";
import { Pool } from "pg";

// The project's own `connect()`: it builds the pool once and returns it (no checkout is handed out).
@Injectable()
export class PostgresConfig {
  public pool: Pool | null = null;

  async connect(): Promise<Pool> {
    if (!this.pool) {
      this.pool = new Pool({ connectionString: process.env.DATABASE_URL });
      await this.pool.query("SELECT 1");
    }
    return this.pool;
  }
}
