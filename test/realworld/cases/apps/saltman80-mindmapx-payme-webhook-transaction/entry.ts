// Source: saltman80/mindmapx — netlify/functions/payme.ts (handler, checkout.session.completed), reduced by hand, not copied
// Label: safe
// Why: inside a switch case of the Stripe webhook, the transaction runs in a try whose catch rolls back and rethrows and whose finally releases
import type { Handler } from "@netlify/functions";
import Stripe from "stripe";
import { getClient } from "./db-client.js";

export const handler: Handler = async (event) => {
  const obj = JSON.parse(event.body || "{}").data.object;
  switch (JSON.parse(event.body || "{}").type) {
    case "checkout.session.completed": {
      const session = obj as Stripe.Checkout.Session;
      const userId = session.client_reference_id;
      if (userId) {
        const customerId = typeof session.customer === "string" ? session.customer : session.customer?.id;
        const client = await getClient();
        try {
          await client.query("BEGIN");
          await client.query("UPDATE users SET stripe_customer_id = $1, subscription_status = 'active' WHERE id = $2", [customerId, userId]);
          await client.query("INSERT INTO payments (user_id, amount) VALUES ($1, $2)", [userId, session.amount_total]);
          await client.query("COMMIT");
        } catch (err) {
          await client.query("ROLLBACK");
          throw err;
        } finally {
          client.release();
        }
      }
      break;
    }
    default:
      break;
  }
  return { statusCode: 200, body: "ok" };
};
