// Source: Outboxy/outboxy — packages/testing-utils/src/test-pool-manager.ts (createIsolatedTestPool), reduced by hand, not copied
// Label: safe
// Why: a test helper's connectivity check: the checkout is released on the next line, with nothing in between
import { Pool, PoolConfig } from "pg";

const pools: Pool[] = [];

export async function createIsolatedTestPool(schemaName: string, poolConfig: PoolConfig = {}) {
  const pool = new Pool({ max: 20, options: `-c search_path="${schemaName}",public`, ...poolConfig });
  const client = await pool.connect();
  client.release();
  pools.push(pool);
  return {
    pool,
    cleanup: async () => {
      pools.splice(pools.indexOf(pool), 1);
      await pool.end();
    },
  };
}
