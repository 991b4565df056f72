// Source: clickup/ent-framework — src/pg/PgClient.ts (acquireConn, query), reduced by hand, not copied
// Label: safe
// Why: acquireConn patches `release` to close over-aged connections and returns the checkout; query() releases it in its `finally` and, right after, reads the library's own per-connection counters (`id`, `queriesSent`) and `pool` for the query log — synchronous reads that send nothing on the connection
import type { Pool, PoolClient } from "pg";

type PgClientConn = PoolClient & { id?: number; queriesSent: number; closeAt?: number; pool?: Pool };

export class PgClient {
  constructor(private readonly defaultPool: Pool, private readonly logger?: (entry: object) => void) {}

  pool(): Pool {
    return this.defaultPool;
  }

  async acquireConn(): Promise<PgClientConn> {
    const pool = this.pool();
    const conn = (await pool.connect()) as PgClientConn;

    const connReleaseOrig = conn.release.bind(conn);
    conn.release = (arg) => {
      const needClose = !!(conn.closeAt && Date.now() > conn.closeAt);
      return connReleaseOrig(arg !== undefined ? arg : needClose);
    };

    return conn;
  }

  async query<TRow>(sql: string): Promise<TRow[]> {
    const startTime = performance.now();
    let conn: PgClientConn | undefined = undefined;
    let res: TRow[] | undefined = undefined;
    let e: unknown = undefined;

    try {
      conn = await this.acquireConn();
      conn.queriesSent++;

      const result = await conn.query(sql);
      res = result.rows as TRow[];
      return res;
    } catch (cause: unknown) {
      e = cause;
      throw cause;
    } finally {
      conn?.release();
      const pool = conn?.pool ?? this.pool();
      this.logger?.({
        msg: sql,
        output: res,
        elapsed: Math.round(performance.now() - startTime),
        connStats: { id: conn ? "" + (conn.id ?? 0) : "?", queriesSent: conn?.queriesSent ?? 0 },
        poolStats: { totalConns: pool.totalCount, idleConns: pool.idleCount, queuedReqs: pool.waitingCount },
        error: e === undefined ? undefined : `${e}`,
      });
    }
  }
}
