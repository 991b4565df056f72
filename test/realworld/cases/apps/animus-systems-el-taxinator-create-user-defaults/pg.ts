import { Pool } from "pg";

let pool: Pool | null = null;

export async function getPool(): Promise<Pool> {
  if (!pool) {
    const url = await startEmbeddedServer();
    pool = new Pool({ connectionString: url });
  }
  return pool;
}

async function startEmbeddedServer(): Promise<string> {
  return process.env.DATABASE_URL ?? "postgres://localhost/taxes";
}
