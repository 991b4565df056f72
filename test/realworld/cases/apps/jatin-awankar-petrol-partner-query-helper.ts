// Source: jatin-awankar/Petrol-Partner — lib/db.ts at 298cee2 (query), reduced by hand, not copied
// Label: safe
// Why: a Next.js app with Prisma in its dependencies whose routes go through a raw pg pool; the query helper checks out, runs the query, logs and rethrows in the catch, and releases in the finally
import { Pool } from "pg";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL not set");

export const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: false }, max: 20 });

export async function query(text: string, params?: any[]) {
  const client = await pool.connect();
  try {
    const res = await client.query(text, params);
    return res;
  } catch (error) {
    console.error("Database query error:", error instanceof Error ? error.message : "Unknown error");
    throw error;
  } finally {
    client.release();
  }
}
