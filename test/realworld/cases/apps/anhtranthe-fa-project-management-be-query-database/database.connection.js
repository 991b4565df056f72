const { Pool } = require("pg");

// cấu hình pg (local)
const db = new Pool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  database: process.env.DB_DATABASE,
  max: process.env.DB_MAX,
});

module.exports = db;
