// Source: MRLLLabs/Robinhood-TradeStock — server/postgreSQL/models.js at e91bce0, reduced by hand, not copied
// Label: safe
// Why: a Hack Reactor capstone copies node-postgres's README probe: a failed checkout returns before any client exists, and the query's callback calls `release()` first on both of its paths
const Pool = require("pg").Pool;

const pool = new Pool({ host: "localhost", user: "power_user", database: "sdc", port: 5432 });

pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  client.query("SELECT NOW()", (err, result) => {
    release();
    if (err) {
      return console.error("Error executing query", err.stack);
    }
    console.log(result.rows);
  });
});

module.exports = pool;
