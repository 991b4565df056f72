const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function query(queryString, params, callback) {
  const result = await pool.query(queryString, params, callback);
  return result.rows;
}

async function getClient() {
  return pool.connect();
}

module.exports = { query, getClient };
