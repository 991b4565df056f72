// Source: Shaybush/posgtres — db/config.js at 62d94ce (module scope), reduced by hand, not copied
// Label: safe
// Why: an Express + PostgreSQL API template's start-up test: on a failed connect the callback returns before any client exists; otherwise it logs and calls `release()` at once
require("dotenv").config();
const { Pool } = require("pg");

const pool = new Pool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
});

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  console.log("Connected to PostgreSQL database");
  release();
});

module.exports = { pool };
