// Source: chrisissin/slack-rag — src/db/pool.js (withClient), reduced by hand, not copied
// Label: safe
// Why: the project's own withClient returns the awaited callback inside a try whose finally releases
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function withClient(fn) {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}
