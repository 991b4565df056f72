// Source: deepstreamIO/deepstream.io-storage-postgres — src/connector.ts (Connector.query), reduced by hand, not copied
// Label: safe
// Why: an error from connect() returns before any client exists; `done()` is the first thing the query callback does
import type * as pg from "pg";

export class Connector {
  constructor(private connectionPool: pg.Pool, private logger: { error(event: string, text: string): void }) {}

  private checkError(error: Error | undefined) {
    if (error) this.logger.error("ERROR", error.toString());
  }

  query<R extends pg.QueryResultRow>(text: string, callback: (err: Error | null, result?: pg.QueryResult<R>) => void, args: unknown[] = [], silent = false) {
    this.connectionPool.connect((error, client, done) => {
      this.checkError(error);
      if (error) {
        callback(error);
        return;
      }
      if (client) {
        client.query<R>(text, args, (queryError, result) => {
          done();
          if (!silent) this.checkError(queryError);
          callback(queryError, result);
        });
      } else {
        this.logger.error("ERROR", "no client");
      }
    });
  }
}
