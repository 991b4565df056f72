// Source: https://corecode.pro/nodejs/db-transactions (the page's transaction example), reduced by hand, not copied
// Label: safe
// Why: the order and its items are inserted between BEGIN and COMMIT in a try that rolls back and rethrows, with the release in the finally
const { Pool } = require("pg");

const pool = new Pool();

async function createOrder(order, items) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO orders (id, total) VALUES ($1, $2)", [order.id, order.total]);
    for (const item of items) {
      await client.query("INSERT INTO order_items (order_id, sku) VALUES ($1, $2)", [order.id, item.sku]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { createOrder };
