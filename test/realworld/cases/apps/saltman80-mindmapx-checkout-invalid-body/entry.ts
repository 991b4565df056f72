// Source: saltman80/mindmapx — netlify/functions/checkout.ts (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before the body is validated; an invalid body, a failed product query or a bad item returns early, and only the last try's finally releases
import type { Handler } from "@netlify/functions";
import Stripe from "stripe";
import { getClient } from "./db-client.js";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const corsHeaders = { "Access-Control-Allow-Origin": "*" };

export const handler: Handler = async (event) => {
  if (event.httpMethod !== "POST") {
    return { statusCode: 405, headers: corsHeaders, body: "Method Not Allowed" };
  }

  const client = await getClient();

  let items: Array<{ id: string; quantity: number }>;
  try {
    const body = typeof event.body === "string" ? JSON.parse(event.body) : event.body;
    items = body.items;
    if (!Array.isArray(items) || items.length === 0) throw new Error("Invalid items array");
  } catch (err) {
    return { statusCode: 400, headers: corsHeaders, body: "Invalid request body or items" };
  }

  let rows: Array<{ id: string; price_id: string }>;
  try {
    const res = await client.query("SELECT id, price_id FROM products WHERE id = ANY($1)", [items.map((it) => it.id)]);
    rows = res.rows;
  } catch (err) {
    console.error("DB query error", err);
    return { statusCode: 500, headers: corsHeaders, body: "Database error" };
  }

  const priceMap: Record<string, string> = {};
  rows.forEach((r) => {
    priceMap[r.id] = r.price_id;
  });
  const lineItems = items.map((it) => ({ price: priceMap[it.id], quantity: it.quantity }));
  if (lineItems.some((li) => !li.price)) {
    return { statusCode: 400, headers: corsHeaders, body: "One or more items are invalid" };
  }

  try {
    const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: lineItems });
    await client.query("INSERT INTO orders (session_id, status) VALUES ($1, $2)", [session.id, "pending"]);
    return { statusCode: 200, headers: corsHeaders, body: JSON.stringify({ sessionId: session.id }) };
  } catch (err) {
    console.error("Failed to record order", err);
    return { statusCode: 500, headers: corsHeaders, body: "Failed to record order" };
  } finally {
    client.release();
  }
};
