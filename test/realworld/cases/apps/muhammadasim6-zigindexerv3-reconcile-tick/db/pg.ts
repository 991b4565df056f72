import { Pool } from "pg";

let pool: Pool | null = null;

export function createPgPool(cfg: { connectionString?: string; poolSize?: number }): Pool {
  if (pool) return pool;
  pool = new Pool({ connectionString: cfg.connectionString, max: cfg.poolSize ?? 32, idleTimeoutMillis: 30_000 });
  return pool;
}

export function getPgPool(): Pool {
  if (!pool) throw new Error("PG pool is not initialized");
  return pool;
}

export async function closePgPool(): Promise<void> {
  if (pool) {
    await pool.end();
    pool = null;
  }
}
