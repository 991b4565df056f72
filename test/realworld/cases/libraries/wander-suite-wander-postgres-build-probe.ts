// Source: wander-suite/wander-postgres — src/PostgresConnection.ts (PostgresConnection.build), reduced by hand, not copied
// Label: safe
// Why: the probe checks a client out into a `let` declared before the try and returns the connection object; the finally releases the client whenever it was acquired
import pg from "pg";

const { Pool } = pg;

export class PostgresConnection<T, U> {
  pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  static async build<T, U>(config: pg.PoolConfig): Promise<PostgresConnection<T, U> | Error | void> {
    let client: pg.PoolClient;
    try {
      const pool = new Pool(config);
      client = await pool.connect();
      return new PostgresConnection(pool);
    } catch (error) {
      console.log(error);
      if (error instanceof Error) {
        throw new Error(error?.message);
      }
    } finally {
      if (client) client.release();
    }
  }
}
