// Source: JIM-GLITCH/solid-bun-postgresql — subscription/backend/src/payment.ts (activateSubscription, the Bun subscription service, at 208a37d), reduced by hand, not copied
// Label: safe
// Why: the pool comes from ./db; an unknown or already-paid order rolls back and returns from inside the try, an unknown plan throws into the catch that rolls back and rethrows, and the finally releases on every path
import { pool } from "./db";

const PLANS: Record<string, { days: number }> = { month: { days: 30 }, year: { days: 365 } };

export async function activateSubscription(orderNo: string, tradeNo: string, paymentMethod: "alipay" | "wxpay"): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const orderRes = await client.query("SELECT id, user_id, plan, status FROM payment_orders WHERE order_no = $1 FOR UPDATE", [orderNo]);
    const order = orderRes.rows[0];
    if (!order || order.status === "paid") {
      await client.query("ROLLBACK");
      return;
    }
    const plan = PLANS[order.plan];
    if (!plan) throw new Error("invalid plan");
    const expiresAt = new Date(Date.now() + plan.days * 86400 * 1000);
    await client.query("UPDATE payment_orders SET status='paid', payment_trade_no=$1, payment_method=$2, paid_at=NOW() WHERE order_no=$3", [tradeNo, paymentMethod, orderNo]);
    const subRes = await client.query("SELECT id, expires_at FROM subscriptions WHERE user_id=$1 AND status='active' ORDER BY expires_at DESC NULLS LAST LIMIT 1", [order.user_id]);
    const existing = subRes.rows[0];
    if (existing) {
      const base = existing.expires_at && new Date(existing.expires_at) > new Date() ? new Date(existing.expires_at) : new Date();
      await client.query("UPDATE subscriptions SET expires_at=$1, plan=$2 WHERE id=$3", [new Date(base.getTime() + plan.days * 86400 * 1000), order.plan, existing.id]);
    } else {
      await client.query("INSERT INTO subscriptions (user_id, plan, status, expires_at) VALUES ($1,$2,'active',$3)", [order.user_id, order.plan, expiresAt]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
