// Source: sqlectron/sqlectron-db-core — src/adapters/sqlserver.ts (SqlServerAdapter.runWithConnection), reduced by hand, not copied
// Label: safe
// Why: an `mssql` ConnectionPool, connected once and kept on the adapter; its connect() opens the pool and is no pg checkout
import { ConnectionPool } from "mssql";
import type { config } from "mssql";

export class SqlServerAdapterSketch {
  constructor(private conn: { dbConfig: config; connection?: ConnectionPool }) {}

  async runWithConnection<T>(run: (connection: ConnectionPool) => Promise<T>): Promise<T> {
    if (!this.conn.connection) {
      this.conn.connection = await new ConnectionPool(this.conn.dbConfig).connect();
    }
    return run(this.conn.connection);
  }
}
