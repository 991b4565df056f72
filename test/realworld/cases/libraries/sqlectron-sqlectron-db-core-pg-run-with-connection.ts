// Source: sqlectron/sqlectron-db-core — src/adapters/postgresql.ts (PostgresqlAdapter.runWithConnection), reduced by hand, not copied
// Label: safe
// Why: the callback runs in the try with `return await`, the finally releases the checkout of `this.conn.pool`
import type pg from "pg";

export class PostgresqlAdapterSketch {
  constructor(private conn: { pool: pg.Pool }) {}

  async runWithConnection<T = pg.QueryResult[]>(run: (connection: pg.PoolClient) => Promise<T>): Promise<T> {
    const connection = await this.conn.pool.connect();
    try {
      return await run(connection);
    } finally {
      connection.release();
    }
  }
}
