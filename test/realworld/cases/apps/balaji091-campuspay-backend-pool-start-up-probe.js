// Source: Balaji091/CampusPay-backend — server/db/pool.js (the module's start-up probe), reduced by hand, not copied
// Label: safe
// Why: the probe's connect callback logs success or failure and calls `release()` on both paths; on a failed connect pg-pool passes a no-op release, so the call is harmless
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  user: process.env.DATABASE_USER,
  host: process.env.DATABASE_HOST,
  database: process.env.DATABASE_NAME,
  password: process.env.DATABASE_PASSWORD,
  port: process.env.DATABASE_PORT,
});

pool.connect((err, client, release) => {
  if (err) {
    console.error("Error acquiring client", err.stack);
  } else {
    console.log("Connected to PostgreSQL");
  }
  release();
});

module.exports = pool;
