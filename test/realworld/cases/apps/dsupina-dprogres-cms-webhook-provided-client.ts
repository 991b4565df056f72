// Source: dsupina/dprogres-cms — backend/src/routes/webhooks.ts (handleCheckoutCompleted), reduced by hand, not copied
// Label: safe
// Why: a client is checked out only when the caller passed none; the same condition, kept in `ownsClient`, guards BEGIN/COMMIT/ROLLBACK and the release in the finally
import { PoolClient } from "pg";
import { pool } from "../utils/database";

export async function handleCheckoutCompleted(session: any, eventRecordId: number, providedClient?: PoolClient): Promise<void> {
  const subscription = await loadSubscription(session.subscription);
  if (!subscription.items?.data?.[0]?.price?.id) {
    throw new Error(`Subscription ${subscription.id} has no price information`);
  }

  const client = providedClient || (await pool.connect());
  const ownsClient = !providedClient;

  try {
    if (ownsClient) {
      await client.query("BEGIN");
    }
    const orgId = parseInt(session.metadata?.organization_id, 10);
    if (isNaN(orgId)) {
      throw new Error("Missing organization_id in checkout session metadata");
    }
    await client.query("UPDATE organizations SET plan_tier = $1 WHERE id = $2", [subscription.plan, orgId]);
    await client.query("UPDATE subscription_events SET processed_at = NOW() WHERE id = $1", [eventRecordId]);
    if (ownsClient) {
      await client.query("COMMIT");
    }
  } catch (error) {
    if (ownsClient) {
      await client.query("ROLLBACK");
    }
    throw error;
  } finally {
    if (ownsClient) {
      client.release();
    }
  }
}
