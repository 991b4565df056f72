// Source: emirdincer1989/BankAccountsTracking — config/database.js (testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe releases only after `SELECT NOW()` and the log line succeed; when the query fails the catch logs and rethrows with the client still checked out
const { Pool } = require("pg");
const logger = require("../utils/logger");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const testConnection = async () => {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    logger.info("database connection test passed:", result.rows[0].now);
    client.release();
  } catch (err) {
    logger.error("database connection test failed:", err);
    throw err;
  }
};

module.exports = { pool, testConnection };
