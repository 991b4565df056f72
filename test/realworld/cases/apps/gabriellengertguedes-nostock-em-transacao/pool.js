import pg from "pg";

let pool = null;

export function definirPool(novo) {
  pool = novo;
}

export function obterPool() {
  if (!pool) pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
}
