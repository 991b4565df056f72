// Source: campfirein/cipher — src/core/storage/backend/postgresql.ts at 4979ebe1 (PostgreSQLBackend.append), reduced by hand, not copied
// Label: safe
// Why: the memory store's pool is an optional field read with a non-null assertion (`this.pool!.connect()`); the list append and its metadata update run in BEGIN/COMMIT inside an inner try whose catch rolls back and whose finally releases, and the outer catch only wraps the error
import { Pool } from "pg";

class StorageError extends Error {
  constructor(message: string, readonly operation: string, readonly cause?: Error) {
    super(message);
  }
}

export class PostgreSQLBackend {
  private pool: Pool | undefined;

  async connectPool(connectionString: string): Promise<void> {
    this.pool = new Pool({ connectionString });
  }

  private checkConnection(): void {
    if (!this.pool) throw new StorageError("Not connected", "check");
  }

  async append<T>(key: string, item: T): Promise<void> {
    this.checkConnection();
    try {
      const client = await this.pool!.connect();
      try {
        await client.query("BEGIN");
        const now = new Date();
        await client.query("INSERT INTO cipher_lists (key, value, created_at) VALUES ($1, $2, $3)", [key, JSON.stringify(item), now]);
        await client.query("UPDATE cipher_list_metadata SET updated_at = $2 WHERE key = $1", [key, now]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      throw new StorageError("Failed to append to list in PostgreSQL", "append", error as Error);
    }
  }
}
