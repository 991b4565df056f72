// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/database/databaseConnection.js at refs/pull/294/head (fbb94c3, 2023), reduced by hand, not copied
// Label: safe
// Why: a trainee's start-up "sanity check" on a pool named `database`: a failed checkout returns before any client exists, and on success `client.release()` follows the log (the callback's own `release` argument is left unused)
const { Pool } = require("pg");

const database = new Pool({
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  database: process.env.DB_NAME,
  ssl: { rejectUnauthorized: false },
});

database.connect((error, client, release) => {
  if (error) {
    return console.error("Error acquiring client", error.stack);
  }
  console.log("Successfully connected to the PostgreSQL database");
  client.release();
});

module.exports = database;
