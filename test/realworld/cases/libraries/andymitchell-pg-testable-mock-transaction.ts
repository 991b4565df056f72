// Source: andymitchell/pg-testable — src/implementations/pgmock/PgTestableInstancePgMock.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: each transaction gets its own `pg.Client` on the mock server, connected un-awaited (pg queues the queries behind the connect) and disposed in the finally; no pool checkout
import * as pg from "pg";

interface PostgresMock {
  getNodePostgresConfig(): pg.ClientConfig;
}

interface PgTransactionInstance {
  query(sql: string, params?: any[]): Promise<{ rows: any[] }>;
}

export class PgTestableInstancePgMock {
  private mock?: PostgresMock;
  private db?: pg.Client;
  private isDisposed?: boolean;

  constructor(config: { mock?: PostgresMock; db?: pg.Client }) {
    this.mock = config.mock;
    this.db = config.db;
  }

  async query(sql: string, params?: any[]) {
    const result = await this.db!.query(sql, params);
    return { rows: result.rows };
  }

  async transaction(callback: (transaction: PgTransactionInstance) => Promise<void>) {
    if (!this.mock) {
      if (!this.isDisposed) throw new Error("Transaction called too soon");
      return;
    }
    const db = new pg.Client(this.mock.getNodePostgresConfig());
    db.connect();
    const transactionInstance = new PgTestableInstancePgMock({ mock: this.mock, db });

    await transactionInstance.query("BEGIN");
    try {
      await callback(transactionInstance);
      await transactionInstance.query("COMMIT");
    } catch (e) {
      await transactionInstance.query("ROLLBACK");
      throw e;
    } finally {
      transactionInstance.dispose();
    }
  }

  async dispose() {
    this.isDisposed = true;
    await this.db?.end();
  }
}
