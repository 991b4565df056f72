// Source: cuillerejs/cuillere — packages/postgres/src/pool-manager.ts (PoolManager.connect), reduced by hand, not copied
// Label: hand-over
// Why: connect() returns the named pool's `pool.connect()` promise to the client manager, which keeps it per task and releases it in finalize()
import { Pool, PoolClient, PoolConfig as PgPoolConfig, QueryResult } from "pg";

export const DEFAULT_POOL = "DEFAULT POOL";

export interface PoolConfig extends PgPoolConfig {
  name?: string;
}

export class PoolManager {
  pools: Record<string, Pool>;

  constructor(poolConfig: PoolConfig | PoolConfig[]) {
    this.pools = Object.fromEntries(([] as PoolConfig[]).concat(poolConfig).map(({ name = DEFAULT_POOL, ...config }) => [name, new Pool(config)]));
  }

  async connect(name?: string): Promise<PoolClient> {
    const pool = this.getPool(name);
    if (!pool) throw new Error(`trying to connect using unknown pool "${name}"`);
    return pool.connect();
  }

  async query<T>(query: { pool?: string; text: string; values?: unknown[] }): Promise<QueryResult<T>> {
    const pool = this.getPool(query.pool);
    if (!pool) throw new Error(`trying to get client for unknown pool "${query.pool}"`);
    return pool.query(query);
  }

  getPool(name = DEFAULT_POOL) {
    return this.pools[name];
  }

  async end() {
    await Promise.all(Object.values(this.pools).map((pool) => pool.end()));
  }
}
