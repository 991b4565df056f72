// Source: LeonardoMV94/express-pg-transactions — src/lib/db.js (startup connect check), reduced by hand, not copied
// Label: safe
// Why: a module-load probe: a connect error throws before any client exists, otherwise the client is released right after logging
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, connectionTimeoutMillis: 5000 });

pool.on("error", (error) => {
  console.log(`[PG] pool error: ${error}`);
});

pool.connect((err, connection) => {
  if (err) throw err;
  console.log("Database is connected successfully !");
  connection.release();
});

module.exports = pool;
