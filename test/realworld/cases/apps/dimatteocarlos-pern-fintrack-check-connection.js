// Source: dimatteoCarlos/pern_fintrack — backend/src/db/config/configDB.js (checkConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check releases only after `SELECT 1` succeeds; when the query rejects, the catch logs and the client is never released
import pg from "pg";
import pc from "picocolors";

const { Pool } = pg;

const createPool = () => new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export const pool = global._pool || (global._pool = createPool());

export async function checkConnection() {
  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();

    console.log(pc.yellowBright("Database connection verified."));
  } catch (error) {
    console.error(error);
    console.error(pc.red("Critical error connecting to database:"), error.message);
  }
}
