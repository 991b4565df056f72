// Source: Y-coderr/bank-admin-dashboard — lib/db.js at 58099b0 (query), reduced by hand, not copied
// Label: safe
// Why: a "use server" module's query helper for a Neon database checks a client out and releases it in a finally, returning only the rows
"use server";
import { Pool } from "pg";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

export async function query(text, params) {
  const client = await pool.connect();
  try {
    const result = await client.query(text, params);
    return result.rows;
  } finally {
    client.release();
  }
}
