const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function query(text, params) {
  return pool.query(text, params).then((res) => ({ data: res.rows, error: null }));
}

module.exports = { query, pool };
