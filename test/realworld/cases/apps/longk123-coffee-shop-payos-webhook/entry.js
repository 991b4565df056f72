// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/src/controllers/paymentsController.js (payosWebhook), reduced by hand, not copied
// Label: safe
// Why: the checkout comes after the webhook's checks; BEGIN, the updates, the order-closing helper that gets the client and COMMIT are in the try, the catch rolls back and rethrows to the outer catch, the finally releases
import { pool } from "./db.js";
import { verifyWebhookSignature } from "./payos.js";
import { closeOrderIfPaid } from "./orders.js";
import { bus } from "./events.js";

export async function payosWebhook(req, res) {
  try {
    const verified = verifyWebhookSignature(req.body);
    if (!verified) return res.status(403).json({ success: false, error: "Invalid signature" });
    const { orderCode, amount, reference, code } = verified;

    const txnResult = await pool.query("SELECT * FROM payment_transaction WHERE ref_code LIKE $1 || '%' LIMIT 1", [String(orderCode)]);
    if (txnResult.rows.length === 0) return res.json({ success: true, message: "Transaction not found" });
    const transaction = txnResult.rows[0];
    if (transaction.status === "PAID") return res.json({ success: true, message: "Already processed" });
    const isPaid = code === "00";

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE payment_transaction SET status = $1, gateway_txn_id = $2 WHERE id = $3", [isPaid ? "PAID" : "FAILED", reference, transaction.id]);
      if (isPaid) {
        await client.query("INSERT INTO order_payment (order_id, method_code, amount) VALUES ($1, 'PAYOS', $2)", [transaction.order_id, amount]);
        await closeOrderIfPaid(client, transaction.order_id);
      }
      await client.query("COMMIT");
      bus.emit("change", { type: "PAYMENT_UPDATE", orderId: transaction.order_id });
      res.json({ success: true });
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("PayOS Webhook Error:", error);
    res.status(500).json({ success: false, error: error.message });
  }
}
