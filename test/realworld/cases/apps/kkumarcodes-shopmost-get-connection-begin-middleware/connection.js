const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function getConnection() {
  return await pool.connect();
}

module.exports = { pool, getConnection };
