// Source: funtuan/pg-lock — src/index.ts (PgLock.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to the caller, who passes it to acquireLock/releaseLock and releases it
import { Pool, PoolClient, PoolConfig } from "pg";

export class PgLock {
  private readonly pool: Pool;

  constructor(poolConfig?: PoolConfig, pool?: Pool) {
    this.pool = pool ?? new Pool(poolConfig);
  }

  async getClient(): Promise<PoolClient> {
    return await this.pool.connect();
  }
}
