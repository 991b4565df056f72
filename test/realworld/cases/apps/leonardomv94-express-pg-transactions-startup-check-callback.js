// Source: LeonardoMV94/express-pg-transactions — src/lib/db.js (module body), reduced by hand, not copied
// Label: safe
// Why: the start-up check's callback throws only when connect failed (there is no client then) and otherwise releases at once
const { Pool } = require("pg");
const config = require("../config");

const pool = new Pool({ connectionString: config.databaseUrl, max: 20, connectionTimeoutMillis: 5000 });

pool.on("error", (error) => {
  console.log(`[PG] Error query : ${error}`);
});

pool.connect((err, connection) => {
  if (err) throw err;
  console.log("Database is connected successfully !");
  connection.release();
});

module.exports = pool;
