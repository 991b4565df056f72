// Source: Arthav/rpg-bot — src/db/pool.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the startup check's callback takes only `err`; the client and its release callback pg passes are ignored, so the checked-out client is never given back
const { Pool } = require("pg");
const config = require("../config");
const { logToFile } = require("../logger");

const pool = new Pool({ connectionString: config.databaseUrl });

pool.connect((err) => {
  if (err) {
    logToFile("Database connection error: " + err.message);
  } else {
    logToFile("Database connected successfully.");
  }
});

module.exports = pool;
