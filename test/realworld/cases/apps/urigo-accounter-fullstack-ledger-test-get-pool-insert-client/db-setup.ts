import type { Pool } from "pg";
import { connectTestDb, closeTestDb } from "./db-connection.js";

/** The server package's test database: one shared pool, handed out by `getPool()` once connected (reduced). */
export class TestDatabase {
  private pool: Pool | null = null;

  async connect(): Promise<Pool> {
    this.pool = await connectTestDb();
    return this.pool;
  }

  async ensureLatestSchema(): Promise<void> {
    if (!this.pool) await this.connect();
    await this.getPool().query("SELECT 1 FROM accounter_schema.charges LIMIT 0");
  }

  getPool(): Pool {
    if (!this.pool) throw new Error("TestDatabase not connected");
    return this.pool;
  }

  async close(): Promise<void> {
    await closeTestDb();
    this.pool = null;
  }
}
