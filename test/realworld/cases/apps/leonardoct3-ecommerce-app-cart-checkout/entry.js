// Source: leonardoct3/ecommerce-app — controllers/cartController.js (checkout), reduced by hand, not copied
// Label: safe
// Why: the client comes from the imported `getClient()`; the empty-cart return rolls back inside the try, the catch rolls back and answers 500, the finally releases
import { getClient } from "./index.js";

export const checkout = async (req, res) => {
  const { cart_id } = req.params;
  const client = await getClient();
  try {
    await client.query("BEGIN");
    const { rows: items } = await client.query("SELECT ci.product_id, ci.qty, p.price_cents FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1", [cart_id]);
    if (items.length === 0) {
      await client.query("ROLLBACK");
      return res.status(400).json({ error: "Cart is empty" });
    }
    const { rows: [order] } = await client.query("INSERT INTO orders (user_id, order_status) VALUES ($1, 'pending') RETURNING id", [req.user.id]);
    const values = items.flatMap((it) => [order.id, it.product_id, it.price_cents, it.qty]);
    const placeholders = items.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(", ");
    await client.query(`INSERT INTO order_items (order_id, product_id, unit_price_cents, qty) VALUES ${placeholders}`, values);
    const { rows: [{ total }] } = await client.query("SELECT SUM(qty * unit_price_cents)::bigint AS total FROM order_items WHERE order_id = $1", [order.id]);
    await client.query("DELETE FROM cart_items WHERE cart_id = $1", [cart_id]);
    await client.query("COMMIT");
    return res.status(201).json({ order_id: order.id, total_cents: total });
  } catch (err) {
    await client.query("ROLLBACK");
    return res.status(500).json({ error: err.message });
  } finally {
    client.release();
  }
};
