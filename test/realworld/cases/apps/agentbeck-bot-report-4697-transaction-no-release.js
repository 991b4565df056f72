// Source: https://agentbeck.bot/report/4697 (the refactored transaction endpoint, as the report describes it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN, the inserts and COMMIT run and the function returns without ever releasing; the pool of 20 empties after 20 calls
const { Pool } = require("pg");

const pool = new Pool({ max: 20 });

async function createOrder(order) {
  const client = await pool.connect();
  await client.query("BEGIN");
  const { rows } = await client.query("INSERT INTO orders(customer_id) VALUES ($1) RETURNING id", [order.customerId]);
  for (const line of order.lines) {
    await client.query("INSERT INTO order_lines(order_id, sku, qty) VALUES ($1, $2, $3)", [rows[0].id, line.sku, line.qty]);
  }
  await client.query("COMMIT");
  return rows[0].id;
}

module.exports = { createOrder };
