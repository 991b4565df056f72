// Source: reggi/skywriter — src/db/index.ts at d0c5f02 (createDatabaseContext), reduced by hand, not copied
// Label: hand-over
// Why: the module's context factory returns the lazily made pool's checkout to its caller, who gives it back through the sibling closeDatabaseContext (`client.release()`)
import { Pool, type PoolClient } from "pg";

let pool: Pool | null = null;

export function getPool(connectionString?: string): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: connectionString || process.env.DATABASE_URL });
  }
  return pool;
}

export async function createDatabaseContext(connectionString?: string): Promise<PoolClient> {
  return await getPool(connectionString).connect();
}

export async function closeDatabaseContext(client: PoolClient): Promise<void> {
  await client.release();
}

export async function closePool(): Promise<void> {
  if (pool) {
    await pool.end();
    pool = null;
  }
}
