// Source: https://dev.to/ofri-peretz/the-connection-leak-that-took-down-our-production-database-3bal (the post-mortem's leaking function), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the function returns the rows and never releases the client on any path (the outage the post describes)
const { Pool } = require("pg");

const pool = new Pool();

async function getUserOrders(userId) {
  const client = await pool.connect();
  const orders = await client.query("SELECT * FROM orders WHERE user_id = $1", [userId]);
  return orders.rows;
}

module.exports = { getUserOrders };
