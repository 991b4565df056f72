// Source: https://ashishsuman.co/challenges/connection-pool-exhaustion ("The Database Connection Leak" challenge's queries.js), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the try/catch logs and rethrows but no path calls client.release(): every call, failing or not, keeps its client
const { Pool } = require("pg");

const pool = new Pool({ max: 20, connectionTimeoutMillis: 5000 });

async function getOrdersByUser(userId) {
  const client = await pool.connect();

  try {
    const orders = await client.query("SELECT * FROM orders WHERE user_id = $1", [userId]);
    const enriched = await Promise.all(
      orders.rows.map(async (order) => {
        const items = await client.query("SELECT * FROM order_items WHERE order_id = $1", [order.id]);
        return { ...order, items: items.rows };
      }),
    );
    return enriched;
  } catch (error) {
    console.error("query failed:", error);
    throw error;
  }
}

module.exports = { getOrdersByUser };
