import type pg from "pg";

/** One pool per connection string, kept until teardown (reduced from an LRU manager). */
class PgPoolCacheManager {
  private readonly pools = new Map<string, pg.Pool>();

  get(key: string): pg.Pool | undefined {
    return this.pools.get(key);
  }

  set(key: string, pool: pg.Pool): void {
    this.pools.set(key, pool);
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.allSettled(pools.map((pool) => pool.end()));
  }
}

export const pgCache = new PgPoolCacheManager();

export const teardownPgPools = (): Promise<void> => pgCache.close();
