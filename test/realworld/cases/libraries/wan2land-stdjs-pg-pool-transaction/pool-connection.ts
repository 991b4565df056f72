// The driver's pooled-connection wrapper and the checkout PgPool.getConnection makes (driver/pg/pool-connection.ts, pool.ts).
import type { Pool, PoolClient } from "pg";

export class PgPoolConnection {
  constructor(public client: PoolClient) {}

  async query(query: string, values: unknown[] = []) {
    return this.client.query(query, values);
  }

  async transaction<T>(handler: (connection: PgPoolConnection) => Promise<T>): Promise<T> {
    await this.query("BEGIN");
    try {
      const result = await handler(this);
      await this.query("COMMIT");
      return result;
    } catch (e) {
      await this.query("ROLLBACK");
      throw e;
    }
  }

  async release() {
    await this.client.release();
  }
}

export async function getConnection(pool: Pool): Promise<PgPoolConnection> {
  return new PgPoolConnection(await pool.connect());
}
