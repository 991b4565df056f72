// Source: CarbonProspect/carbonprospect — Updatedserver.js at 19e73e7 (module scope), reduced by hand, not copied
// Label: safe
// Why: the knex project's server checks its raw pg pool at start-up with a callback checkout; the test query's callback calls `release()` first, whatever the query's outcome, and a failed checkout returns before any client exists
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: process.env.NODE_ENV === "production" ? { rejectUnauthorized: false } : false,
});

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
});

pool.connect((err, client, release) => {
  if (err) {
    console.error("Error acquiring client", err.stack);
    return;
  }
  console.log("Database connected successfully");
  client.query("SELECT COUNT(*) FROM marketplace_products", (queryErr, result) => {
    release();
    if (queryErr) {
      console.error("Error executing test query:", queryErr.stack);
    } else {
      console.log("found", result.rows[0].count, "products");
    }
  });
});

module.exports = pool;
