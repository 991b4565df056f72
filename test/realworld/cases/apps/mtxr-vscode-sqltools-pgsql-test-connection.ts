// Source: mtxr/vscode-sqltools — packages/drivers/src/driver/pgsql/index.ts (PostgreSQL.testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await cli.query("SELECT 1")` can reject between connect() and a release outside any finally — and a failing test query is exactly what this method exists for
import { Pool } from "pg";

export default class PostgreSQL {
  connection: Promise<Pool> | null = null;

  open(): Promise<Pool> {
    if (!this.connection) this.connection = Promise.resolve(new Pool());
    return this.connection;
  }

  public async testConnection() {
    const pool = await this.open();
    const cli = await pool.connect();
    await cli.query("SELECT 1");
    cli.release();
  }
}
