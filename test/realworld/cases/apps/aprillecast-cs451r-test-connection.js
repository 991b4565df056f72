// Source: AprilleCast/CS451R — src/config/db.js at 66f2d37 (testConnection), reduced by hand, not copied
// Label: safe
// Why: a course project's start-up probe only logs between the checkout and the release; a failed connect exits the process
const { Pool } = require("pg");
const dotenv = require("dotenv");

dotenv.config();

const pool = new Pool({
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  database: process.env.DB_NAME,
  max: 10,
});

const testConnection = async () => {
  try {
    const client = await pool.connect();
    console.log("PostgreSQL Database connected successfully");
    client.release();
  } catch (error) {
    console.error("Database connection failed:", error.message);
    process.exit(1);
  }
};

testConnection();
module.exports = pool;
