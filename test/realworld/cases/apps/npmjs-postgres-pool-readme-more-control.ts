// Source: https://www.npmjs.com/package/postgres-pool (the README's "More control over connections (not recommended)" example: "You MUST call connection.release()"), reduced by hand, not copied
// Label: safe
// Why: the connection from postgres-pool's pg-pool-compatible Pool is released (awaited) in the finally around its only query
import { Pool } from "postgres-pool";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function getUser(userId: number) {
  const connection = await pool.connect();
  try {
    const results = await connection.query('SELECT * from "users" where id=$1', [userId]);
    console.log("user:", results.rows[0]);
    return results.rows[0];
  } finally {
    await connection.release();
  }
}
