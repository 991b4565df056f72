// Source: ahmatfauzy/genless — src/adapters/pg.ts (PostgresAdapter.transaction), reduced by hand, not copied
// Label: safe
// Why: a nested call reuses the adapter's own client; otherwise the checkout is wrapped in a second adapter inside the try and handed to the callback between BEGIN and COMMIT, with ROLLBACK in the catch and the release in the finally
import { Pool, PoolClient, PoolConfig } from "pg";

interface DatabaseAdapter {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
  transaction<T>(callback: (trx: DatabaseAdapter) => Promise<T>): Promise<T>;
}

export class PostgresAdapter implements DatabaseAdapter {
  private pool: Pool | null = null;
  private client: PoolClient | null = null;

  constructor(configOrPool: PoolConfig | Pool | PoolClient) {
    if (configOrPool instanceof Pool) {
      this.pool = configOrPool;
    } else if ((configOrPool as PoolClient).release && (configOrPool as PoolClient).query) {
      this.client = configOrPool as PoolClient;
    } else {
      this.pool = new Pool(configOrPool as PoolConfig);
    }
  }

  async query<T = unknown>(sql: string, params?: unknown[]) {
    const executor = this.client || this.pool;
    if (!executor) throw new Error("Adapter is closed or invalid");
    const result = await executor.query(sql, params);
    return { rows: result.rows as T[], rowCount: result.rowCount || 0 };
  }

  async transaction<T>(callback: (trx: DatabaseAdapter) => Promise<T>): Promise<T> {
    if (this.client) return callback(this);
    if (!this.pool) throw new Error("Cannot start transaction without a pool");

    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const trxAdapter = new PostgresAdapter(client);
      const result = await callback(trxAdapter);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
