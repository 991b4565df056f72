// Source: DarshParikh25/node-postgres — Phase-4/index.js (placeOrder), reduced by hand, not copied
// Label: safe
// Why: a 2025 seven-day node-postgres study plan's transaction has no catch and so no ROLLBACK, but its finally releases on every path: a failed INSERT gives the client back (still inside its aborted transaction, which pg does not reset), nothing is held
import { Pool } from "pg";
import dotenv from "dotenv";

dotenv.config();

const pool = new Pool({ database: process.env.DB_NAME, host: process.env.HOST });

async function placeOrder(orderId, custId, product, quantity) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO orders (order_id, customer_id, product_name, quantity) VALUES ($1, $2, $3, $4)", [orderId, custId, product, quantity]);
    await client.query("UPDATE orders SET quantity = quantity - $1 WHERE order_id = $2", [quantity, orderId]);
    await client.query("COMMIT");
    console.log("Order placed successfully");
  } finally {
    client.release();
  }
}

placeOrder(105, 5, "Sneakers", 3);
