// Source: 0019-KDU/three-tier-app-devops-platform — backend/src/db/pool.ts at 9c06455 (checkDbConnection), reduced by hand, not copied
// Label: safe
// Why: the same project's pool module, which logs every acquire and remove, probes the database with a checkout released in the finally around `SELECT 1`
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

pool.on("acquire", () => console.debug("DB client acquired from pool"));
pool.on("remove", () => console.debug("DB client removed from pool"));

export async function checkDbConnection(): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    return true;
  } finally {
    client.release();
  }
}
