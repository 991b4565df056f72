// Source: PrairieLearn/PrairieLearn — packages/postgres/src/pool.ts (PostgresPool.initAsync, the start-up connection probe), reduced by hand, not copied
// Label: safe
// Why: the probe checkout is released on the very next statement; a failed connect() throws before any client exists and is retried after a timeout
import pg from "pg";

export class PostgresPool {
  private pool: pg.Pool | null = null;

  async initAsync(pgConfig: pg.PoolConfig): Promise<void> {
    this.pool = new pg.Pool(pgConfig);
    let retryCount = 0;
    const retryTimeouts = [500, 1000, 2000, 5000, 10000];
    while (retryCount <= retryTimeouts.length) {
      try {
        const client = await this.pool.connect();
        client.release();
        return;
      } catch (err: any) {
        if (retryCount === retryTimeouts.length) {
          throw new Error(`Could not connect to Postgres after ${retryTimeouts.length} attempts`, { cause: err });
        }
        const timeout = retryTimeouts[retryCount];
        retryCount++;
        await new Promise((resolve) => setTimeout(resolve, timeout));
      }
    }
  }
}
