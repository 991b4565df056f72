// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (runWithConnection), reduced by hand, not copied
// Label: safe
// Why: try/finally around the child callback, release in finally
import type { Pool, PoolClient } from "pg";

export class PgRunner {
  constructor(private conn: { pool: Pool }) {}

  async runWithConnection<T>(child: (c: PoolClient) => Promise<T>): Promise<T> {
    const connection = await this.conn.pool.connect();
    try {
      return await child(connection);
    } finally {
      connection.release();
    }
  }
}
