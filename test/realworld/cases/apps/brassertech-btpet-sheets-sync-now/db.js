const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  host: process.env.DB_HOST || "127.0.0.1",
  port: +(process.env.DB_PORT || 5432),
  database: process.env.DB_NAME || "postgres",
  max: 10,
});

module.exports = {
  pool,
  query: (text, params) => pool.query(text, params),
};
