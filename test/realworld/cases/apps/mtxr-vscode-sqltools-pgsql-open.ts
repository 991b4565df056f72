// Source: mtxr/vscode-sqltools — packages/drivers/src/driver/pgsql/index.ts (PostgreSQL.open), reduced by hand, not copied
// Label: safe
// Why: the probe checkout is released first thing in the `.then` callback
import { Pool, PoolConfig } from "pg";

export default class PostgreSQL {
  connection: Promise<Pool> | null = null;
  poolConfig: PoolConfig = {};

  public open() {
    if (this.connection) {
      return this.connection;
    }
    const pool = new Pool(this.poolConfig);
    return pool.connect().then((cli) => {
      cli.release();
      this.connection = Promise.resolve(pool);
      return this.connection;
    });
  }
}
