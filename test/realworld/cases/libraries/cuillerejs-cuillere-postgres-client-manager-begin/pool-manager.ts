// The pool manager (packages/postgres/src/pool-manager.ts): connect() returns the named pool's checkout.
import { Pool, type PoolClient } from "pg";

export const DEFAULT_POOL = "DEFAULT POOL";

export class PoolManager {
  constructor(public pools: Record<string, Pool>) {}

  async connect(name = DEFAULT_POOL): Promise<PoolClient> {
    const pool = this.pools[name];
    if (!pool) throw new Error(`trying to connect using unknown pool "${name}"`);
    return pool.connect();
  }
}
