// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/src/controllers/posItemsController.js (addOrderItems), reduced by hand, not copied
// Label: safe
// Why: the shift check and its `return next(err)` come before the checkout; inside the try every path reaches the finally's release — though the `so_luong <= 0` return hands the client back with its BEGIN still open (no ROLLBACK), which is a transaction bug, not a leak
import { pool } from "./db.js";
import { assertShiftOpen, assertOrderOpen } from "./guards.js";
import { emitChange } from "./events.js";
import { BadRequest } from "./errors.js";

export async function addOrderItems(req, res, next) {
  const orderId = parseInt(req.params.orderId, 10);
  const { item_id, quantity, unit_price, note } = req.body;
  if (!orderId || !item_id) return next(new BadRequest("Missing orderId/item_id"));
  try {
    await assertShiftOpen(req.user.user_id);
  } catch (err) {
    return next(err);
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await assertOrderOpen(client, orderId);
    let price = unit_price;
    if (price == null) {
      const q = await client.query("SELECT default_price FROM items WHERE id = $1", [item_id]);
      price = q.rows[0]?.default_price ?? 0;
    }
    const created = [];
    const qty = parseInt(quantity ?? 1, 10);
    if (qty <= 0) return next(new BadRequest("quantity must be > 0"));
    for (let i = 0; i < qty; i++) {
      const ins = await client.query("INSERT INTO order_lines (order_id, item_id, quantity, unit_price, note) VALUES ($1, $2, 1, $3, $4) RETURNING id", [orderId, item_id, price, note || null]);
      created.push(ins.rows[0].id);
    }
    await client.query("COMMIT");
    emitChange("order.items.changed", { orderId, lineIds: created });
    res.status(201).json({ ok: true, data: { orderId, created_line_ids: created } });
  } catch (err) {
    await client.query("ROLLBACK");
    next(err);
  } finally {
    client.release();
  }
}
