// Source: aravindpunyamantula/inventory-concurrency-simulator — src/routes/orders.js (POST /pessimistic), reduced by hand, not copied
// Label: safe
// Why: the stock check throws a string inside the try ('OUT_OF_STOCK'); the catch rolls back, logs the failed order through the pool and answers, and the finally releases on every path
const express = require('express');
const pool = require('./db');
const lockAndDecrement = require('./locked-order');

const router = express.Router();

router.post('/pessimistic', async (req, res) => {
  const { productId, quantity, userId } = req.body;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await lockAndDecrement(client, productId, quantity);
    const order = await client.query(
      "INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, 'SUCCESS') RETURNING id",
      [productId, quantity, userId]
    );
    const stock = await client.query('SELECT stock FROM products WHERE id = $1', [productId]);
    await client.query('COMMIT');
    res.status(201).json({ orderId: order.rows[0].id, stockRemaining: stock.rows[0].stock });
  } catch (err) {
    await client.query('ROLLBACK');
    const notFound = err === 'NOT_FOUND';
    await pool.query(
      'INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, $4)',
      [productId, quantity, userId, 'FAILED_OUT_OF_STOCK']
    );
    res.status(notFound ? 404 : 400).json({ error: notFound ? 'Product not found' : 'Insufficient stock' });
  } finally {
    client.release();
  }
});

module.exports = router;
