// Source: postgres-pool/postgres-pool — src/index.ts (Pool._query), reduced by hand, not copied
// Label: safe
// Why: the pool's own query helper checks out through `this.connect()` and releases (or removes) the connection in its finally
import type { QueryResult } from "pg";

interface PooledConnection {
  query(text: string, values?: unknown[]): Promise<QueryResult>;
  release(remove?: boolean): Promise<void>;
}

export abstract class RetryingPool {
  protected abstract connect(): Promise<PooledConnection>;
  protected readonly options = { reconnectOnReadOnlyTransactionError: true };

  async _query(text: string, values?: unknown[]): Promise<QueryResult | undefined> {
    const connection = await this.connect();
    let removeConnection = false;
    try {
      return await connection.query(text, values);
    } catch (ex) {
      const { message } = ex as Error;
      if (this.options.reconnectOnReadOnlyTransactionError && /read-only transaction/iu.test(message)) {
        removeConnection = true;
      } else {
        throw ex;
      }
    } finally {
      await connection.release(removeConnection);
    }
    return undefined;
  }
}
