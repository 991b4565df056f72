const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function query(queryString, params) {
  return pool.query(queryString, params);
}

async function getClient() {
  return pool.connect();
}

module.exports = { query, getClient };
