import { Pool } from "pg";

type Holder = { __pool?: Pool };

const holder = globalThis as Holder;

// Lazily created and cached on globalThis so hot reloads reuse one pool.
export function getPool(): Pool {
  if (!holder.__pool) {
    holder.__pool = new Pool({ connectionString: process.env.DATABASE_URL });
  }
  return holder.__pool;
}
