// Source: Diamond-Centre/diamond-centre-api — src/db.ts (testConnection), reduced by hand, not copied
// Label: safe
// Why: the checkout is inside an outer try that reports a failed connect; the probe query runs in an inner try whose finally releases before the result is returned
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function testConnection(): Promise<boolean> {
  try {
    const client = await pool.connect();
    try {
      await client.query("SELECT 1");
      console.log("PostgreSQL connection OK");
      return true;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("DB connection error:", (error as Error).message);
    return false;
  }
}
