// Source: https://github.com/brianc/node-postgres/issues/2101 (the reporter's f(callback)), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `connection.end()` closes the socket but never gives the client back, so `pool.end()` then waits for it forever
const pg = require("pg");

async function f(callback) {
  const pool = new pg.Pool();
  const connection = await pool.connect();
  await callback(connection);
  await connection.end();
  await pool.end();
}

module.exports = { f };
