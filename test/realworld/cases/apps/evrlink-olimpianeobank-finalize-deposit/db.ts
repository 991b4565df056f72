import { Pool } from "pg";

let pool: Pool | null | undefined;

export function getPool(): Pool | null {
  if (pool === undefined) {
    pool = process.env.DATABASE_URL ? new Pool({ connectionString: process.env.DATABASE_URL }) : null;
  }
  return pool;
}
