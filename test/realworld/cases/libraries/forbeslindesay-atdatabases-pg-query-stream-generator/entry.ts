// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool.queryStream, an async generator; `this._getClient()` reduced to the pool checkout it makes), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the releases are at the end of the try and in the catch, with no finally: a consumer that stops early (`break` out of `for await`, or return()) ends the generator at its `yield`, which runs neither, and the client stays checked out
import type { Pool } from "pg";
import Connection from "./Connection";

export class ConnectionPool {
  private preparingOverrides: Promise<void> = Promise.resolve();

  constructor(private readonly pool: Pool, private readonly handlers: { onError(err: Error): void }) {}

  async *queryStream(query: unknown, options: { batchSize?: number } = {}): AsyncGenerator<any, void, unknown> {
    await this.preparingOverrides;
    const client = await this.pool.connect();
    const connection = new Connection(client, this.handlers);
    try {
      for await (const row of connection.queryStream(query, options)) {
        yield row;
      }
      connection.dispose();
      client.release();
    } catch (ex) {
      connection.dispose();
      client.release(true);
      throw ex;
    }
  }
}
