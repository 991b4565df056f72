// Source: 21mcam/courtsideapp — src/controllers/stripeWebhook.js (handleSubscriptionCheckoutCompleted), reduced by hand, not copied
// Label: safe
// Why: the early returns (missing plan, duplicate delivery caught by an inner try) roll back and leave through the outer try, whose finally releases
import { pool } from "../db/pool.js";

export async function handleSubscriptionCheckout(session, tenantId, memberId, planId) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.current_tenant_id', $1, true)", [tenantId]);
    const planRes = await client.query("SELECT id, credits_per_week FROM plans WHERE tenant_id = $1 AND id = $2", [tenantId, planId]);
    if (planRes.rows.length === 0) {
      console.warn(`plan ${planId} not found; skipping`);
      await client.query("ROLLBACK");
      return;
    }
    const plan = planRes.rows[0];

    let subscriptionId;
    try {
      const subRes = await client.query(
        "INSERT INTO subscriptions (tenant_id, member_id, status, stripe_subscription_id, current_period_start, current_period_end) VALUES ($1, $2, 'active', $3, $4, $5) RETURNING id",
        [tenantId, memberId, session.subscription, new Date(), new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)],
      );
      subscriptionId = subRes.rows[0].id;
    } catch (err) {
      if (err.code === "23505") {
        console.warn("duplicate or conflicting subscription; skipping");
        await client.query("ROLLBACK");
        return;
      }
      throw err;
    }

    if (plan.credits_per_week > 0) {
      await client.query("SELECT apply_credit_change($1, $2, $3, 'weekly_reset')", [tenantId, memberId, plan.credits_per_week]);
    }
    await client.query("INSERT INTO subscription_plan_periods (tenant_id, subscription_id, plan_id) VALUES ($1, $2, $3)", [tenantId, subscriptionId, plan.id]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
