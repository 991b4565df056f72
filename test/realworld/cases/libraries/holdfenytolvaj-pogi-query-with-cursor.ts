// Source: holdfenytolvaj/pogi — src/queryAble.ts (QueryAble.queryWithOnCursorCallback), reduced by hand, not copied
// Label: safe
// Why: the release on the straight path is not in a finally, but every throw after connect() lands in the outer catch, which releases the connection it still holds
import pg from "pg";
import QueryStream from "pg-query-stream";

type Logger = { log(...args: unknown[]): void; error(...args: unknown[]): void };

export class QueryAble {
  db!: { pool: pg.Pool; connection: pg.PoolClient | null };

  constructor(private logger: Logger) {}

  async queryWithCallback(sql: string, params: unknown[], onRow: (row: unknown) => void): Promise<void> {
    let connection = this.db.connection;
    const logger = this.logger;
    try {
      const run = () =>
        new Promise<void>((resolve, reject) => {
          const stream = connection!.query(new QueryStream(sql, params));
          stream.on("data", onRow);
          stream.on("close", resolve);
          stream.on("error", reject);
        });

      if (connection) {
        await run();
      } else {
        connection = await this.db.pool.connect();
        logger.log("new connection", sql, connection.processID);
        await run();
        connection.release();
      }
    } catch (e) {
      logger.error(e, sql);
      if (connection) {
        try {
          connection.release();
        } catch (err) {
          logger.error("connection error", (err as Error).message);
        }
      }
      throw e;
    }
  }
}
