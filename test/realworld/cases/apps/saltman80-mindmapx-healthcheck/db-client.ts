import { Pool as PgPool, PoolClient } from "pg";

export const pool = new PgPool({ connectionString: process.env.NETLIFY_DATABASE_URL });

let migrationPromise: Promise<void> | null = null;

async function runMigrations(): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)");
  } finally {
    client.release();
  }
}

export async function getClient(): Promise<PoolClient> {
  if (!migrationPromise) migrationPromise = runMigrations();
  await migrationPromise;
  return pool.connect();
}
