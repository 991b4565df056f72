import pg from "pg";

const { Pool } = pg;

export function createPool(config: { DATABASE_URL: string }) {
  return new Pool({ connectionString: config.DATABASE_URL, max: 10 });
}

export type DbPool = pg.Pool;
