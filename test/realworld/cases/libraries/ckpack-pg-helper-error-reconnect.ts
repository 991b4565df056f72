// Source: ckpack/pg-helper — src/index.ts (PgHelper.initPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool's 'error' handler "reconnects" by calling `this.pool.connect()` and dropping the promise: each idle-client error checks out one more client that nobody ever releases
import * as pg from "pg";

const { Pool } = pg;

export class PgHelper {
  private pool!: pg.Pool;

  constructor(private poolConfig: pg.PoolConfig, private logger: { error(...a: unknown[]): void; info(m: string): void }) {
    this.initPool();
  }

  private initPool() {
    this.pool = new Pool(this.poolConfig);
    this.pool.on("error", (err) => {
      this.logger.error("database connection error", err);
      this.pool.connect();
    });
    this.pool.on("connect", () => {
      this.logger.info("connected to the database");
    });
  }
}
