// Source: mnott/PAI — src/storage/postgres/backend.ts (PostgresBackend.testConnection), reduced by hand, not copied
// Label: safe
// Why: the memory backend declares `let client: PoolClient | null = null` before the try, checks out inside it and releases with `client?.release()` in the finally, so a failed connect (no client) and a failed `SELECT 1` both end released or with nothing to release
import { Pool, type PoolClient } from "pg";

export class PostgresBackend {
  private pool: Pool;

  constructor(config: { connectionString?: string }) {
    this.pool = new Pool({ connectionString: config.connectionString, max: 5 });
  }

  async testConnection(): Promise<string | null> {
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      await client.query("SELECT 1");
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    } finally {
      client?.release();
    }
  }
}
