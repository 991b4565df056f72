// Source: holdfenytolvaj/pogi — src/queryAble.ts (QueryAble.queryAsStream), reduced by hand, not copied
// Label: safe
// Why: the checkout is released by the stream's `close` and `error` listeners, and closing the returned stream destroys the query stream
import pg from "pg";
import QueryStream from "pg-query-stream";
import { Transform } from "node:stream";

type Logger = { log(...args: unknown[]): void; error(...args: unknown[]): void };

export class QueryAble {
  db!: { pool: pg.Pool };

  constructor(private logger: Logger) {}

  async queryAsStream(sql: string, params: unknown[]): Promise<Transform> {
    const logger = this.logger;
    const out = new Transform({ objectMode: true, transform: (row, _enc, cb) => cb(null, row) });
    let connection: pg.PoolClient | null = null;
    try {
      connection = await this.db.pool.connect();
      logger.log("new connection", sql, connection.processID);
      const stream = connection.query(new QueryStream(sql, params));
      stream.on("close", () => {
        connection?.release();
        connection = null;
      });
      stream.on("error", (e: Error) => {
        logger.error(e, sql);
        connection?.release();
        connection = null;
      });
      out.on("close", () => stream.destroy());
      return stream.pipe(out);
    } catch (e) {
      logger.error(e, sql);
      throw e;
    }
  }
}
