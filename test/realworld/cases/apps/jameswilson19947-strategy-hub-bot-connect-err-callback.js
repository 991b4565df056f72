// Source: JamesWilson19947/Strategy-Hub-Bot — database/postgress.js (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a start-up `db.connect((err) => …)` on the bot's Pool takes only the error: the client (and its release callback) it is handed are dropped, so one connection stays checked out for the life of the bot
const { Pool } = require("pg");
require("dotenv").config();

const db = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

db.connect((err) => {
  if (err) {
    console.error("There was an error connecting to the database", err.stack);
  }
});

db.query(`
  CREATE TABLE IF NOT EXISTS "users" (
    "id" SERIAL PRIMARY KEY,
    "userId" BIGINT NOT NULL,
    "userScore" BIGINT NOT NULL DEFAULT 0
  );
`);

module.exports = db;
