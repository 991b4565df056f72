// Source: minusxai/minusx — frontend/lib/database/adapter/postgres-adapter.ts at 0a1dd735 (PostgresAdapter.transaction), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed at once by a try whose finally releases; BEGIN, the caller's function and COMMIT run inside it, ROLLBACK in the catch
import { Pool, type PoolClient } from "pg";

interface TxContext {
  query<U>(sql: string, params?: any[]): Promise<{ rows: U[]; rowCount: number }>;
  exec(sql: string): Promise<void>;
}

export class PostgresAdapter {
  private pool: Pool | null = null;

  constructor(private url: string) {}

  private getPool(): Pool {
    if (!this.pool) this.pool = new Pool({ connectionString: this.url });
    return this.pool;
  }

  async transaction<T>(fn: (tx: TxContext) => Promise<T>): Promise<T> {
    const pool = this.getPool();
    const client: PoolClient = await pool.connect();

    try {
      await client.query("BEGIN");
      const txContext: TxContext = {
        query: async <U>(sql: string, params?: any[]) => {
          const result = await client.query(sql, params || []);
          return { rows: result.rows as U[], rowCount: result.rowCount || 0 };
        },
        exec: async (sql: string) => {
          await client.query(sql);
        },
      };
      const result = await fn(txContext);
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
