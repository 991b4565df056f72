// Source: JuanDaMora/sigha-bot-telegram — bot/db.js at 51292268 (query), reduced by hand, not copied
// Label: safe
// Why: a Telegraf bot's query helper on a `max: 5` pool: try/finally with no catch, the result returned from inside the try, the release in the finally; the health check goes through the helper
import { Pool } from "pg";
import dotenv from "dotenv";

dotenv.config();

const pool = new Pool({
  host: process.env.DB_HOST || "db",
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  max: 5,
  idleTimeoutMillis: 30000,
});

export async function query(text, params) {
  const client = await pool.connect();
  try {
    const res = await client.query(text, params);
    return res;
  } finally {
    client.release();
  }
}

export async function healthcheck() {
  const res = await query("SELECT 1 as ok");
  return res.rows[0]?.ok === 1;
}
