// Source: Chigrus/verstache — src/lib/db.js (connectToDB), reduced by hand, not copied
// Label: hand-over
// Why: the helper returns the checkout to its caller (SvelteKit's handle hook releases it after resolve); a failed connect is only logged and no client exists
import dotenv from "dotenv";
import pg from "pg";

dotenv.config();
const { Pool } = pg;

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  password: process.env.DB_PASS,
  port: process.env.DB_PORT,
});

export async function connectToDB() {
  try {
    const dbconn = await pool.connect();
    return dbconn;
  } catch (err) {
    console.log(err);
  }
}
