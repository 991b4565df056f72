// Source: Babytheboss100/helptruth — backend/db/pool.js at 7a78947 (module load), reduced by hand, not copied
// Label: safe
// Why: the Twitter clone's pool module probes once at load with a callback checkout and releases it in the success branch; a failed connect hands back no client
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool(
  process.env.DATABASE_URL
    ? { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }
    : { host: process.env.DB_HOST || "localhost", database: process.env.DB_NAME || "helptruth" }
);

pool.connect((err, client, release) => {
  if (err) console.error("database error:", err.message);
  else { console.log("PostgreSQL connected"); release(); }
});

module.exports = pool;
