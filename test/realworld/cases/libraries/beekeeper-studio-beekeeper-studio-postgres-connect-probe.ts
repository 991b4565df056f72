// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (PostgresClient.connect), reduced by hand, not copied
// Label: safe
// Why: the probe client is released right after an `if` that only registers a token-refresh `setInterval`; registering a timer does not throw
import pg from "pg";

declare function refreshPool(config: pg.PoolConfig): Promise<pg.Pool>;

export class PgClientSketch {
  conn: { pool: pg.Pool } | undefined;
  interval: NodeJS.Timeout | undefined;

  constructor(private server: { config: { iamAuth?: boolean } }) {}

  async connect(dbConfig: pg.PoolConfig): Promise<void> {
    this.conn = { pool: new pg.Pool(dbConfig) };
    const probe = await this.conn.pool.connect();
    if (this.server.config.iamAuth) {
      this.interval = setInterval(async () => {
        try {
          this.conn = { pool: await refreshPool(dbConfig) };
        } catch (err) {
          console.error("could not refresh the token", err);
        }
      }, 15 * 60 * 1000);
    }
    probe.release();
    this.conn.pool.on("error", (err) => console.error("pool error", err.message));
  }
}
