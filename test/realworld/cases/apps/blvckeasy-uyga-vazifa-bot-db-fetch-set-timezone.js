// Source: blvckeasy/uyga-vazifa-bot — src/utils/pg.js at e1c468da (db_fetch), reduced by hand, not copied
// Label: safe
// Why: a homework Telegram bot sets the session's encoding and time zone before every query, both inside the try; the catch logs and rethrows, the finally releases
import pg from "pg";
import "../../config.js";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
});

async function db_fetch(query, ...params) {
  const client = await pool.connect();
  try {
    await client.query(`SET client_encoding = 'UTF8'; SET TIMEZONE='Asia/Tashkent';`);
    const {
      rows: [row],
    } = await client.query(query, params.length ? params : null);
    return row;
  } catch (error) {
    console.error("pg -> fetch:", error);
    throw error;
  } finally {
    client.release();
  }
}

export { db_fetch };
