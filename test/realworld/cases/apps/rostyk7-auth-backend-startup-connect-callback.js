// Source: rostyk7/auth-backend — src/db/pools.js (module start-up), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check takes pg's (err, client, release) callback, logs, runs the table set-up through pool.query and never calls release(): the client stays checked out for the life of the process
const { Pool } = require("pg");

const pool = new Pool({
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
});

const prepareDb = async () => {
  await pool.query("CREATE TABLE IF NOT EXISTS users (id BIGSERIAL PRIMARY KEY, username TEXT NOT NULL UNIQUE)");
};

if (process.env.NODE_ENV !== "test") {
  pool.connect(async (err, client, release) => {
    if (err) {
      return console.error("Error acquiring client", err.stack);
    }
    console.log("Database connection is successfully established!");
    await prepareDb();
  });
}

module.exports = pool;
module.exports.prepareDb = prepareDb;
