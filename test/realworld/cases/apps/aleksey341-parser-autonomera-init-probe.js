// Source: Aleksey341/Parser_Autonomera — db-pg.js at 166129d (initializeDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the scraper's start-up check releases its client only after `SELECT NOW()` resolved, outside any finally; a failed query goes to the catch, which logs and rethrows with the client still checked out
const { Pool } = require("pg");

let pool;

async function initializeDatabase() {
  try {
    const config = process.env.DATABASE_URL
      ? { connectionString: process.env.DATABASE_URL, ssl: process.env.DB_SSL === "true" ? { rejectUnauthorized: false } : false }
      : { host: process.env.DB_HOST || "localhost", database: process.env.DB_NAME || "plates" };
    pool = new Pool(config);

    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    console.log(`db time: ${result.rows[0].now}`);
    client.release();

    const { migrateDatabase } = require("./db-migration");
    await migrateDatabase();
    return pool;
  } catch (error) {
    console.error("db connect failed:", error.message);
    throw error;
  }
}

module.exports = { initializeDatabase, pool: () => pool };
