// Source: Outboxy/outboxy — packages/db-adapter-postgres/src/connection/pg-pool.ts (createPool), reduced by hand, not copied
// Label: safe
// Why: each attempt's probe runs in an inner try whose finally releases, also when `return pool` leaves the loop from inside it
import { Pool, PoolConfig } from "pg";

export async function createPool(config: PoolConfig & { maxRetries?: number; retryDelayMs?: number }): Promise<Pool> {
  const pool = new Pool(config);
  pool.on("error", (err) => console.error("Unexpected database pool error", err));
  const maxRetries = config.maxRetries ?? 3;
  const retryDelayMs = config.retryDelayMs ?? 1000;
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= maxRetries; attempt++) {
    try {
      const client = await pool.connect();
      try {
        await client.query("SELECT 1");
        return pool;
      } finally {
        client.release();
      }
    } catch (error) {
      lastError = error as Error;
      if (attempt < maxRetries) {
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
  await pool.end();
  throw lastError;
}
