// Source: https://dev.to/ofri-peretz/the-connection-leak-that-took-down-our-production-database-3bal (the post-mortem's fixed function), reduced by hand, not copied
// Label: safe
// Why: the query and the return run in a try whose finally releases
const { Pool } = require("pg");

const pool = new Pool();

async function getUserOrders(userId) {
  const client = await pool.connect();
  try {
    const orders = await client.query("SELECT * FROM orders WHERE user_id = $1", [userId]);
    return orders.rows;
  } finally {
    client.release();
  }
}

module.exports = { getUserOrders };
