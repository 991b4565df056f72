// Source: junssei/tl-backend — src/routes/products/crud.js (PATCH /:id/reduce-stock), reduced by hand, not copied
// Label: safe
// Why: early returns after ROLLBACK and the catch all pass through the finally that releases
import express from "express";
import pool from "./db.js";

const router = express.Router();

router.patch("/:id/reduce-stock", async (req, res) => {
  const { id } = req.params;
  const qty = Number(req.body.quantity);
  if (!id || !qty || qty <= 0) {
    return res.status(400).json({ error: "id and positive quantity are required" });
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const lock = await client.query("SELECT stock FROM products WHERE product_id = $1 FOR UPDATE", [id]);
    if (lock.rowCount === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "product_not_found" });
    }
    if (Number(lock.rows[0].stock) < qty) {
      await client.query("ROLLBACK");
      return res.status(400).json({ error: "insufficient_stock" });
    }
    const updated = await client.query("UPDATE products SET stock = stock - $2 WHERE product_id = $1 RETURNING stock", [id, qty]);
    await client.query("COMMIT");
    return res.json({ new_stock: Number(updated.rows[0].stock) });
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {}
    return res.status(500).json({ error: "server_error" });
  } finally {
    client.release();
  }
});

export default router;
