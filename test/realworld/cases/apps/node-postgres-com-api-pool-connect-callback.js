// Source: https://node-postgres.com/api/pool (pool.connect with a callback), reduced by hand, not copied
// Label: safe
// Why: the documented callback checkout: an acquisition error returns before a client exists; the query callback calls `release()` before it handles the query's error
const { Pool } = require("pg");

const pool = new Pool();

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
