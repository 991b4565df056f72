// Source: RichardHpa/PERN-stack-course — server/db.js at 74eb484 (module scope), reduced by hand, not copied
// Label: safe
// Why: a PERN course's pool module keeps node-postgres's documented probe: return on a failed connect, `release()` first thing in the query callback, then log
const Pool = require("pg").Pool;
require("dotenv").config();

const pool = new Pool({
  user: process.env.DB_USER,
  password: process.env.DB_PASS,
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
});

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  client.query("SELECT NOW()", (err, result) => {
    release();
    if (err) {
      return console.error("Error executing query", err.stack);
    }
    console.log("Success", result.rows);
  });
});

module.exports = pool;
