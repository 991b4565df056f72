import pg from "pg";

let _pool = null;

export function getPgPool() {
  if (!process.env.DATABASE_URL) return null;
  if (!_pool) _pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  return _pool;
}
