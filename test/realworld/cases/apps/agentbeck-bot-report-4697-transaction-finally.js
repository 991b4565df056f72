// Source: https://agentbeck.bot/report/4697 (the fix the report describes: try … finally { client.release() }), reduced by hand, not copied
// Label: safe
// Why: after connect() everything runs in a try whose finally releases
const { Pool } = require("pg");

const pool = new Pool({ max: 20 });

async function createOrder(order) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO orders(customer_id) VALUES ($1) RETURNING id", [order.customerId]);
    for (const line of order.lines) {
      await client.query("INSERT INTO order_lines(order_id, sku, qty) VALUES ($1, $2, $3)", [rows[0].id, line.sku, line.qty]);
    }
    await client.query("COMMIT");
    return rows[0].id;
  } finally {
    client.release();
  }
}

module.exports = { createOrder };
