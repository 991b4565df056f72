// Source: aravindpunyamantula/inventory-concurrency-simulator — src/routes/orders.js at efe8611^ (POST /pessimistic; efe8611 kept its shape), reduced by hand, not copied
// Label: safe
// Why: BEGIN…COMMIT in a try whose catch rolls back and records the failure, and whose finally releases the client on every path
const express = require("express");
const pool = require("./db");
const pessimisticOrder = require("./pessimisticService");

const router = express.Router();

router.post("/pessimistic", async (req, res) => {
  const { productId, quantity, userId } = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await pessimisticOrder(client, productId, quantity);
    const orderResult = await client.query(
      "INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, 'SUCCESS') RETURNING id",
      [productId, quantity, userId]
    );
    await client.query("COMMIT");
    res.status(201).json({ orderId: orderResult.rows[0].id, productId });
  } catch (err) {
    await client.query("ROLLBACK");
    const code = err === "NOT_FOUND" ? 404 : 400;
    await pool.query(
      "INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, $4)",
      [productId, quantity, userId, "FAILED_OUT_OF_STOCK"]
    );
    res.status(code).json({ error: "Insufficient stock" });
  } finally {
    client.release();
  }
});

module.exports = router;
