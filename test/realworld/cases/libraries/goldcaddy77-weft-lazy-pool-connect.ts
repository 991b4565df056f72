// Source: goldcaddy77/weft — src/storage/lazy-postgres-pool.ts (createLazyPostgresPool, connect), reduced by hand, not copied
// Label: hand-over
// Why: the lazy wrapper's own `connect` returns the underlying pool's checkout to its caller, as a pool's connect does
import type { Pool } from "pg";

interface LazyOptions {
  loadPool(url: string): Promise<Pool>;
}

export function createLazyPostgresPool(url: string, options: LazyOptions) {
  let poolPromise: Promise<Pool> | undefined;
  const resolvePool = (): Promise<Pool> => {
    poolPromise ??= options.loadPool(url).catch((error: unknown) => {
      poolPromise = undefined;
      throw error;
    });
    return poolPromise;
  };
  return {
    query: async (sql: string, params?: unknown[]) => {
      const pool = await resolvePool();
      return pool.query(sql, params);
    },
    connect: async () => {
      const pool = await resolvePool();
      return pool.connect();
    },
  };
}
