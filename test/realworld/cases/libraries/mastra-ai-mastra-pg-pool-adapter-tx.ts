// Source: mastra-ai/mastra — stores/pg/src/shared/pg-pool-adapter.ts (PgPoolAdapter.tx), reduced by hand, not copied
// Label: safe
// Why: the pg-promise-compatible `tx` wraps the checkout in a transaction context object inside the try, hands it to the caller's callback, commits, rolls back in the catch and releases in the finally
import type { Pool, PoolClient } from "pg";

interface Queryable {
  none(query: string, values?: unknown[]): Promise<void>;
  tx<T>(callback: (t: Queryable) => Promise<T>): Promise<T>;
}

class PgPoolTransactionContext implements Queryable {
  constructor(private client: PoolClient) {}

  async none(query: string, values?: unknown[]): Promise<void> {
    await this.client.query(query, values);
  }

  async tx<T>(callback: (t: Queryable) => Promise<T>): Promise<T> {
    return callback(this);
  }
}

export class PgPoolAdapter implements Queryable {
  constructor(private pool: Pool) {}

  async none(query: string, values?: unknown[]): Promise<void> {
    await this.pool.query(query, values);
  }

  async tx<T>(callback: (t: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const txContext = new PgPoolTransactionContext(client);
      const result = await callback(txContext);
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
