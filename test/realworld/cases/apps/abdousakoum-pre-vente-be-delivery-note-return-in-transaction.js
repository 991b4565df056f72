// Source: AbdouSakoum/pre-vente_be — src/controllers/deliveryController.js at 89f1e8d (generateDeliveryNote), reduced by hand, not copied
// Label: safe
// Why: a missing order returns 404 from inside the open transaction without ROLLBACK, but the finally still releases the client (the transaction left open on it is another bug, not a leak)
const pool = require("../db/pool");

async function generateDeliveryNote(req, res, next) {
  const { order_id } = req.params;
  const paid_amount_input = parseFloat(req.body?.paid_amount ?? 0);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const { rows: [order] } = await client.query(
      "SELECT o.* FROM orders o WHERE o.id = $1 AND o.tenant_id = $2 AND o.status IN ('assigned','in_progress')",
      [order_id, req.tenantId]
    );

    if (!order) return res.status(404).json({ message: "Commande introuvable ou non assignée" });

    for (const line of order.lines) {
      await client.query(
        "UPDATE stock_warehouse SET quantity = GREATEST(0, quantity - $1) WHERE tenant_id=$2 AND variant_id=$3",
        [line.quantity, req.tenantId, line.variant_id]
      );
    }

    const { rows: [note] } = await client.query(
      "INSERT INTO delivery_notes (tenant_id, order_id, number) VALUES ($1,$2,$3) RETURNING *",
      [req.tenantId, order_id, `BL-${Date.now()}`]
    );

    await client.query("COMMIT");
    res.json({ delivery_note: note, paid: paid_amount_input });
  } catch (err) {
    await client.query("ROLLBACK");
    next(err);
  } finally {
    client.release();
  }
}

module.exports = { generateDeliveryNote };
