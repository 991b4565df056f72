// Source: appixar/x-ts-postgres — src/database.ts (PgService.transaction), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only an object literal wrapping the client is built; BEGIN, the callback and COMMIT run in the try, the finally releases
import type { Pool, PoolClient } from "pg";

interface TransactionClient {
  queryWith<R>(sql: string, params?: unknown[]): Promise<R[]>;
  raw: PoolClient;
}

export class PgService {
  constructor(private writePool: Pool) {}

  private getWritePool(): Pool {
    return this.writePool;
  }

  async transaction<T>(fn: (client: TransactionClient) => Promise<T>): Promise<T> {
    const pool = this.getWritePool();
    const raw = await pool.connect();
    const client: TransactionClient = {
      async queryWith<R>(sql: string, params?: unknown[]): Promise<R[]> {
        const result = await raw.query(sql, params);
        return result.rows as R[];
      },
      raw,
    };
    try {
      await raw.query("BEGIN");
      const result = await fn(client);
      await raw.query("COMMIT");
      return result;
    } catch (err) {
      await raw.query("ROLLBACK");
      throw err;
    } finally {
      raw.release();
    }
  }
}
