// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool.task; `this._getClient()` reduced to the pool checkout it makes), reduced by hand, not copied
// Label: safe
// Why: the wrapper built before the try only keeps the client and the handlers in fields; the callback runs in the try, release() follows it and release(true) is in the catch
import type { Pool } from "pg";
import Connection from "./Connection";

export class ConnectionPool {
  private preparingOverrides: Promise<void> = Promise.resolve();

  constructor(private readonly pool: Pool, private readonly handlers: { onError(err: Error): void }) {}

  async task<T>(fn: (connection: Connection) => Promise<T>): Promise<T> {
    await this.preparingOverrides;
    const client = await this.pool.connect();
    const connection = new Connection(client, this.handlers);
    try {
      const result = await fn(connection);
      connection.dispose();
      client.release();
      return result;
    } catch (ex) {
      connection.dispose();
      client.release(true);
      throw ex;
    }
  }
}
