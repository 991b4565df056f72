// Source: aneuhaus/http-queue-manager — src/storage/postgres.ts (PostgresStorage.connect), reduced by hand, not copied
// Label: safe
// Why: a connection test: the client is released on the next statement, nothing in between
import { Pool } from "pg";

export class PostgresStorage {
  private pool: Pool;
  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  async connect(): Promise<void> {
    const client = await this.pool.connect();
    client.release();
  }

  async disconnect(): Promise<void> {
    await this.pool.end();
  }
}
