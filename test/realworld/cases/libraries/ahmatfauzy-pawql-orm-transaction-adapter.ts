// Source: ahmatfauzy/pawql-orm — src/adapters/pg.ts (PostgresAdapter.transaction), reduced by hand, not copied
// Label: safe
// Why: the client is wrapped in a temporary adapter for the callback inside the try; the adapter does not own it, and the finally releases it on every path
import pg from "pg";

export class PostgresAdapter {
  private pool?: pg.Pool;
  private client?: pg.PoolClient;

  constructor(poolOrClient: pg.Pool | pg.PoolClient) {
    if (poolOrClient instanceof pg.Pool) this.pool = poolOrClient;
    else this.client = poolOrClient;
  }

  async transaction<T>(callback: (trx: PostgresAdapter) => Promise<T>): Promise<T> {
    if (this.client) {
      return callback(this);
    }
    if (!this.pool) throw new Error("Cannot start transaction without a pool");
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const trxAdapter = new PostgresAdapter(client);
      const result = await callback(trxAdapter);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
