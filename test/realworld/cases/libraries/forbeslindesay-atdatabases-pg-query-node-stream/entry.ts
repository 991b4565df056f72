// Source: ForbesLindesay/atdatabases — packages/pg/src/ConnectionPool.ts at f5a6ad4^ (ConnectionPool.queryNodeStream; `this._getClient()` reduced to the pool checkout it makes), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released only by the cursor stream's 'error'/'close' listeners, set up after `connection.queryNodeStream(query)`, which throws synchronously for a query not built with @databases/sql; the `.catch` then only re-emits the error and the client stays checked out
import type { Pool } from "pg";
import { PassThrough, Readable } from "stream";
import Connection from "./Connection";

export class ConnectionPool {
  private preparingOverrides: Promise<void> = Promise.resolve();

  constructor(private readonly pool: Pool, private readonly handlers: { onError(err: Error): void }) {}

  queryNodeStream(query: unknown, options: { highWaterMark?: number } = {}): Readable {
    const stream = new PassThrough({ objectMode: true });
    Promise.resolve(null)
      .then(async () => {
        await this.preparingOverrides;
        const client = await this.pool.connect();
        const connection = new Connection(client, this.handlers);
        const connectionStream = connection.queryNodeStream(query, options);
        connectionStream.pipe(stream);
        connectionStream.on("error", () => {
          client?.release(true);
          stream.emit("error", stream);
        });
        connectionStream.on("close", () => {
          client?.release();
          stream.emit("close");
        });
        stream.on("close", () => {
          connectionStream.destroy();
        });
      })
      .catch((ex) => stream.emit("error", ex));
    return stream;
  }
}
