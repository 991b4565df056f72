// Source: nalanj/pg-ist — db.ts (DB.tx), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query("BEGIN")` runs after connect() and before the try whose finally releases; a failed BEGIN leaks the client
import pg from "pg";

interface Txn {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  rollback(): Promise<void>;
}

declare function wrapTransaction(client: pg.PoolClient): Txn;

export class DB {
  constructor(private pool: pg.Pool) {}

  async tx<T>(fn: (txn: Txn) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    await client.query("BEGIN");
    const txn = wrapTransaction(client);
    let caught = false;
    try {
      return await fn(txn);
    } catch (e) {
      caught = true;
      await txn.rollback();
      throw e;
    } finally {
      if (!caught) {
        await client.query("COMMIT");
      }
      client.release();
    }
  }
}
