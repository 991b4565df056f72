// Source: leptonite/pg-query — src/PostgresService.ts (withConnection, withinTransaction), reduced by hand, not copied
// Label: safe
// Why: only the logger's debug calls sit between the checkout and the `try`; the task runs inside it and the `finally` releases
import { Pool, type PoolConfig } from "pg";
import { nullLog, type Log } from "./Log";
import { PostgresQueryTool } from "./PostgresQueryTool";

export class PostgresService {
  readonly #log: Log;
  readonly #pool: Pool;

  constructor(config: PoolConfig, log?: Log) {
    this.#log = log ?? nullLog;
    this.#pool = new Pool(config);
    this.#pool.on("error", (error) => this.#log.error(`postgres pool error: ${error}`));
  }

  async withConnection<T>(dbTask: (db: PostgresQueryTool) => Promise<T>): Promise<T> {
    this.#log.debug(`acquiring postgres client from connection pool (idle=${this.#pool.idleCount}, total=${this.#pool.totalCount}, waiting=${this.#pool.waitingCount})`);
    const pgClient = await this.#pool.connect();
    this.#log.debug(`acquired postgres client from connection pool (idle=${this.#pool.idleCount}, total=${this.#pool.totalCount}, waiting=${this.#pool.waitingCount})`);
    try {
      const db = new PostgresQueryTool(pgClient);
      return await dbTask(db);
    } finally {
      this.#log.debug(`releasing postgres client to connection pool`);
      pgClient.release();
      this.#log.debug(`released postgres client to connection pool`);
    }
  }

  async withinTransaction<T>(dbTask: (db: PostgresQueryTool) => Promise<T>): Promise<T> {
    return await this.withConnection(async (db) => {
      await db.exec`BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE`;
      try {
        const result = await dbTask(db);
        await db.exec`COMMIT`;
        return result;
      } catch (e) {
        await db.exec`ROLLBACK`;
        throw e;
      }
    });
  }
}
