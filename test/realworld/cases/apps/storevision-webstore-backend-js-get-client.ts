// Source: storevision/webstore-backend-js — src/database/db.ts at 0625a75 (getClient, the module's default export), reduced by hand, not copied
// Label: hand-over
// Why: getClient returns the checkout promise itself; the caller that awaits it owns the client and its release
import type { PoolClient } from "pg";
import { Pool } from "pg";

let _pool: Pool | null = null;

const getClient = async (): Promise<PoolClient> => {
  if (!_pool) {
    throw new Error("Database not initialized");
  }
  return _pool.connect();
};

export function initPool(config: { connectionString: string }): void {
  _pool = new Pool(config);
}

export default getClient;
