// Source: MisaelViana2015/sistema_principal — server/core/db/connection.ts (testConnection, in the committed backups), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release follows the probe query inside the try; a failing query goes to the catch, which returns false and keeps the pool running
import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function testConnection() {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    client.release();
    console.log("connection ok", result.rows[0].now);
    return true;
  } catch (error) {
    console.error("connection test failed", error);
    return false;
  }
}
