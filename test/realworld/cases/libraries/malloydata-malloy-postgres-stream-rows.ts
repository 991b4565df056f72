// Source: malloydata/malloy — packages/malloy-db-postgres/src/postgres_connection.ts (PooledPostgresConnection.runSQLStream), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout comes through `withTlsHint(() => pool.connect())`; a stream error inside the `for await`, or a consumer that stops iterating the generator early, skips the `client.release()` after the loop
import { Pool } from "pg";
import QueryStream from "pg-query-stream";

declare function addTlsHint(e: unknown): Error;

export class PooledConnectionSketch {
  private pool: Pool | undefined;

  private async getPool(): Promise<Pool> {
    this.pool ??= new Pool();
    return this.pool;
  }

  // In the original a method of the base class PostgresConnection.
  protected async withTlsHint<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      throw addTlsHint(e);
    }
  }

  async *runSQLStream(sqlCommand: string, rowLimit?: number, abortSignal?: AbortSignal): AsyncIterableIterator<unknown> {
    const query = new QueryStream(sqlCommand);
    let index = 0;
    const pool = await this.getPool();
    const client = await this.withTlsHint(() => pool.connect());
    const resultStream: QueryStream = client.query(query);
    for await (const row of resultStream) {
      yield row;
      index += 1;
      if ((rowLimit !== undefined && index >= rowLimit) || abortSignal?.aborted) {
        query.destroy();
        break;
      }
    }
    client.release();
  }
}
