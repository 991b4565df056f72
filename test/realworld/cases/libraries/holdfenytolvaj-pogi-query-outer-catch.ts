// Source: holdfenytolvaj/pogi — src/queryAble.ts (QueryAble.query), reduced by hand, not copied
// Label: safe
// Why: a throw from the logger or the listener registration before the inner try reaches the outer catch, which releases the still-set `connection`; the inner finally releases and clears it
import pg from "pg";

type Logger = { log(...args: unknown[]): void; error(...args: unknown[]): void };

const onConnectionError = (e: Error) => {
  throw e;
};

export class QueryAble {
  db!: { pool: pg.Pool; connection: pg.PoolClient | null };

  constructor(private logger: Logger) {}

  async query(sql: string, params?: unknown[]): Promise<unknown[]> {
    let connection = this.db.connection;
    const logger = this.logger;
    try {
      let res: pg.QueryResult;
      if (connection) {
        res = await connection.query({ text: sql, values: params });
      } else {
        connection = await this.db.pool.connect();
        logger.log("new connection", sql, connection.processID);
        connection.on("error", onConnectionError);
        try {
          res = await connection.query({ text: sql, values: params });
        } finally {
          connection.off("error", onConnectionError);
          connection.release();
          connection = null;
        }
      }
      return res.rows;
    } catch (e) {
      logger.error(e, sql);
      if (connection) {
        try {
          connection.off("error", onConnectionError);
          connection.release();
        } catch (err) {
          logger.error("connection error", (err as Error).message);
        }
      }
      throw e;
    }
  }
}
