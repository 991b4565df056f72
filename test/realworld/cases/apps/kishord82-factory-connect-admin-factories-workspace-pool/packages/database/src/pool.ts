import pg from "pg";

const { Pool } = pg;

let pool: pg.Pool | null = null;

export function createPool(config: { connectionString: string; max?: number }): pg.Pool {
  if (pool) return pool;
  pool = new Pool({ connectionString: config.connectionString, max: config.max ?? 20 });
  pool.on("error", (err: Error) => {
    console.error("Unexpected pool error:", err.message);
  });
  return pool;
}

export function getPool(): pg.Pool {
  if (!pool) {
    throw new Error("Database pool not initialized. Call createPool() first.");
  }
  return pool;
}

export async function closePool(): Promise<void> {
  if (pool) {
    await pool.end();
    pool = null;
  }
}
