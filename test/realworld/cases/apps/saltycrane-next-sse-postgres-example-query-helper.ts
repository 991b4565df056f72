// Source: saltycrane/next-sse-postgres-example — lib/db.ts at beb46d3 (query, used by the chat's server actions beside the SSE stream), reduced by hand, not copied
// Label: safe
// Why: the helper returns the query's result from a try whose finally releases
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function query(text: string, params?: any[]) {
  const client = await pool.connect();
  try {
    const result = await client.query(text, params);
    return result;
  } finally {
    client.release();
  }
}
