const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
});

function getClient() {
  return pool.connect();
}

module.exports = { pg: { pool, getClient } };
