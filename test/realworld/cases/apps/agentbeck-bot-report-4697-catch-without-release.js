// Source: https://agentbeck.bot/report/4697 (the report's other variant: "an error path omits it in a catch block"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the success path releases after COMMIT, but the catch rolls back and rethrows without releasing
const { Pool } = require("pg");

const pool = new Pool({ max: 20 });

async function createOrder(order) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO orders(customer_id) VALUES ($1) RETURNING id", [order.customerId]);
    await client.query("COMMIT");
    client.release();
    return rows[0].id;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}

module.exports = { createOrder };
