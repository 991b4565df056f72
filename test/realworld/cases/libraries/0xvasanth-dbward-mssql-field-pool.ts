// Source: 0xvasanth/dbward — src/adapters/mssql.ts (MssqlAdapter.connect), reduced by hand, not copied
// Label: safe
// Why: the field is typed mssql's `sql.ConnectionPool`; its connect() opens that pool and hands out no pg client
import sql from "mssql";

export class MssqlAdapter {
  private pool: sql.ConnectionPool | null = null;
  constructor(private url: string) {}

  async connect(): Promise<void> {
    this.pool = new sql.ConnectionPool(this.url);
    await this.pool.connect();
  }

  async disconnect(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
