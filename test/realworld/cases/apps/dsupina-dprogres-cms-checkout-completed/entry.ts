// Source: dsupina/dprogres-cms — backend/src/routes/webhooks.ts at 3f362185^ (handleCheckoutCompleted), reduced by hand, not copied
// Label: safe
// Why: the handler checks out only when the caller gave it no client, and the finally releases exactly then (`useTransaction` is `!providedClient`); a caller's client stays the caller's
import { pool } from "./database";

export async function handleCheckoutCompleted(session: any, eventRecordId: number, providedClient?: any): Promise<void> {
  const client = providedClient || (await pool.connect());
  const useTransaction = !providedClient;

  try {
    if (useTransaction) {
      await client.query("BEGIN");
    }

    const orgIdStr = session.metadata?.organization_id;
    if (!orgIdStr) {
      throw new Error("Missing organization_id in checkout session metadata");
    }

    const { rows } = await client.query("INSERT INTO subscriptions (organization_id) VALUES ($1) RETURNING id", [
      parseInt(orgIdStr, 10),
    ]);
    await client.query("UPDATE subscription_events SET subscription_id = $1 WHERE id = $2", [rows[0].id, eventRecordId]);

    if (useTransaction) {
      await client.query("COMMIT");
    }
  } catch (error) {
    if (useTransaction) {
      await client.query("ROLLBACK");
    }
    throw error;
  } finally {
    if (useTransaction) {
      client.release();
    }
  }
}
