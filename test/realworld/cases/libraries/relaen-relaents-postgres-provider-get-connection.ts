// Source: relaen/relaents — core/dialect/postgres/postgresprovider.ts (getConnection, closeConnection), reduced by hand, not copied
// Label: hand-over
// Why: with a pool configured, getConnection returns `pool.connect()`'s client to the ORM's Connection, which gives it back through closeConnection's `release()` (the non-pool branch, which connects a `new Client` and returns it, is moved to a helper here: a case makes one connect call)
import pg from "pg";
import { connectClient } from "./connect-client";

interface Connection {
  conn: any;
}

export class PostgresProvider {
  private pool: pg.Pool | undefined;

  private options: pg.PoolConfig;

  constructor(cfg: { usePool?: boolean; options: pg.PoolConfig }) {
    this.options = cfg.options;
    if (cfg.usePool) {
      this.pool = new pg.Pool(cfg.options);
    }
  }

  public async getConnection(): Promise<any> {
    if (this.pool) {
      return await this.pool.connect();
    }
    return await connectClient(this.options);
  }

  public async closeConnection(connection: Connection) {
    if (this.pool) {
      await connection.conn.release();
    } else {
      await connection.conn.end();
    }
    return null;
  }

  public async exec(connection: Connection, sql: string, params?: unknown[]): Promise<unknown> {
    const r = await connection.conn.query(sql, params);
    return r.rows ? r.rows : r;
  }
}
