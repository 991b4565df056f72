// Source: AmelBecic/spendless-ai-be — src/db/pool.ts at 29d82d8 (pingPool, the /health probe), reduced by hand, not copied
// Label: safe
// Why: the health ping takes the pool as a parameter, checks out, sends `SELECT 1` inside a try and releases in its finally; connection and query timeouts on the pool bound both waits
import { Pool } from "pg";

export function createPool(config: { DATABASE_URL: string }): Pool {
  return new Pool({
    connectionString: config.DATABASE_URL,
    max: 10,
    connectionTimeoutMillis: 5_000,
    query_timeout: 5_000,
  });
}

/** Round-trips a trivial query. Rejects if the database is unreachable. */
export async function pingPool(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
