// Source: saltman80/mindmapx — netlify/functions/kanban-cards.ts (handler), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed at once by the try whose finally releases; the early returns, the activity-log helper and the catch all pass that finally
import type { Handler } from "@netlify/functions";
import { getClient } from "./db-client.js";
import { requireAuth } from "../lib/auth.js";

const headers = { "Content-Type": "application/json" };

async function log(client: any, cardId: string, userId: string, type: string, message: string) {
  await client.query("INSERT INTO kanban_card_activity_log (card_id, type, message, created_by) VALUES ($1,$2,$3,$4)", [cardId, type, message, userId]);
}

export const handler: Handler = async (event) => {
  if (event.httpMethod === "OPTIONS") return { statusCode: 204, headers };

  let userId: string;
  try {
    ({ userId } = requireAuth(event));
  } catch {
    return { statusCode: 401, headers, body: JSON.stringify({ error: "Unauthorized" }) };
  }

  const client = await getClient();
  try {
    if (event.httpMethod === "POST") {
      if (!event.body) return { statusCode: 400, headers, body: JSON.stringify({ error: "Missing body" }) };
      const data = JSON.parse(event.body);
      const title = (data.title || "").trim();
      if (!data.column_id || !title) return { statusCode: 400, headers, body: JSON.stringify({ error: "Missing column_id or title" }) };
      const res = await client.query("INSERT INTO kanban_cards (column_id, title) VALUES ($1,$2) RETURNING id", [data.column_id, title]);
      await log(client, res.rows[0].id, userId, "create", "Card created");
      return { statusCode: 201, headers, body: JSON.stringify(res.rows[0]) };
    }
    if (event.httpMethod === "DELETE") {
      const cardId = event.queryStringParameters?.id;
      if (!cardId) return { statusCode: 400, headers, body: JSON.stringify({ error: "Missing card id" }) };
      const res = await client.query("DELETE FROM kanban_cards WHERE id=$1", [cardId]);
      if (res.rowCount === 0) return { statusCode: 404, headers, body: JSON.stringify({ error: "Not found" }) };
      await log(client, cardId, userId, "delete", "Card deleted");
      return { statusCode: 204, headers, body: "" };
    }
    return { statusCode: 405, headers, body: JSON.stringify({ error: "Method Not Allowed" }) };
  } catch (err: any) {
    console.error("kanban-cards error", err);
    return { statusCode: 500, headers, body: JSON.stringify({ error: "Server error" }) };
  } finally {
    client.release();
  }
};
