// Source: aravindpunyamantula/inventory-concurrency-simulator — src/routes/orders.js at 7f5e13f (POST /optimistic, before efe8611 added the release after COMMIT), reduced by hand, not copied
// Label: leak
// Why: a successful order commits and returns the 201 without releasing — only the catch releases (after an awaited ROLLBACK) — so every order placed keeps its client
const express = require('express');
const pool = require('./db');
const placeVersionedOrder = require('./versioned-order');

const router = express.Router();

router.post('/optimistic', async (req, res) => {
  const { productId, quantity, userId } = req.body;
  const attempts = Number(process.env.MAX_RETRIES || 3);

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await placeVersionedOrder(client, productId, quantity);
      const order = await client.query(
        "INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, 'SUCCESS') RETURNING id",
        [productId, quantity, userId]
      );
      const stock = await client.query('SELECT stock, version FROM products WHERE id=$1', [productId]);
      await client.query('COMMIT');
      return res.status(201).json({ orderId: order.rows[0].id, stockRemaining: stock.rows[0].stock });
    } catch (err) {
      await client.query('ROLLBACK');
      client.release();
      if (err === 'CONFLICT' && attempt < attempts) {
        await new Promise((r) => setTimeout(r, 50 * attempt));
        continue;
      }
      const outOfStock = err === 'OUT_OF_STOCK';
      await pool.query(
        'INSERT INTO orders (product_id, quantity_ordered, user_id, status) VALUES ($1, $2, $3, $4)',
        [productId, quantity, userId, outOfStock ? 'FAILED_OUT_OF_STOCK' : 'FAILED_CONFLICT']
      );
      return res.status(outOfStock ? 400 : 409).json({ error: outOfStock ? 'Insufficient stock' : 'Conflict' });
    }
  }
});

module.exports = router;
