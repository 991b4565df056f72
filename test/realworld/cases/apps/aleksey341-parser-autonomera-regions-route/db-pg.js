const { Pool } = require("pg");

let pool;

async function initializeDatabase() {
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
}

async function getListings(filters = {}) {
  const { rows } = await pool.query("SELECT * FROM listings LIMIT $1", [filters.limit || 100]);
  return rows;
}

module.exports = { initializeDatabase, getListings, pool: () => pool };
