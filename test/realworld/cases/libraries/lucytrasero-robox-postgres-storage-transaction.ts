// Source: lucytrasero/ROBOX — src/storage/postgres/PostgresStorage.ts (PostgresStorage.transaction), reduced by hand, not copied
// Label: safe
// Why: the pool comes from a getter that throws when not connected (before any checkout); BEGIN, the callback and COMMIT are in the try, ROLLBACK in the catch, the release in the finally
import type { Pool, PoolClient } from "pg";

type TransactionCallback<T> = (client: PoolClient) => Promise<T>;

export class PostgresStorage {
  private pool: Pool | null = null;

  async transaction<T>(callback: TransactionCallback<T>): Promise<T> {
    const pool = this.getPool();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  private getPool(): Pool {
    if (!this.pool) {
      throw new Error("PostgresStorage not connected. Call connect() first.");
    }
    return this.pool;
  }
}
