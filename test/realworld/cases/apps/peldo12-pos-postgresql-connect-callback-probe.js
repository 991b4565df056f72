// Source: Peldo12/POS-Postgresql — src/config/pool.js at 2b41974 (the start-up connect callback), reduced by hand, not copied
// Label: safe
// Why: callback style: an error returns before any client exists; otherwise the callback logs and calls `release()`
const { Pool } = require("pg");

const dbUser = process.env.DB_USER;
const dbPass = process.env.DB_PASSWORD;
const dbHost = process.env.DB_HOST;

const pool = new Pool({
  connectionString: `postgresql://${dbUser}:${dbPass}@${dbHost}:5432/pos`,
  ssl: false,
});

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Failed, on connect database:", err.stack);
  }
  console.log(`Connected to server PostgreSQL ${process.env.DB_HOST}`);
  release();
});

module.exports = pool;
