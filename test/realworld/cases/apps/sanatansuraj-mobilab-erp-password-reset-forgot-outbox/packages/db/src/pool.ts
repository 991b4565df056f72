import pg from "pg";

export function makeDb(options: { connectionString: string; max?: number }): { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  return { pool };
}
