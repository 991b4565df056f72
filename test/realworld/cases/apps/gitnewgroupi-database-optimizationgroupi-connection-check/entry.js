// Source: GitNewGroupI/database-optimizationgroupi — src/db/connection.js (module top level), reduced by hand, not copied
// Label: safe
// Why: the start-up check returns on a connect error (no client) and otherwise logs and calls release()
const pool = require("./database");

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  console.log("Connected to the database");
  release();
});

module.exports = pool;
