// Source: saltman80/mindmapx — netlify/functions/healthcheck.ts (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Netlify function on the module's pool: when `SELECT 1` rejects, the catch only logs and the release after the query never runs
import type { HandlerEvent, HandlerContext } from "@netlify/functions";
import { getClient } from "./db-client.js";

export const handler = async (event: HandlerEvent, context: HandlerContext) => {
  context.callbackWaitsForEmptyEventLoop = false;
  let dbHealthy = false;
  try {
    const db = await getClient();
    await db.query("SELECT 1");
    db.release();
    dbHealthy = true;
  } catch (error) {
    console.error("Healthcheck DB error:", error);
  }
  return {
    statusCode: dbHealthy ? 200 : 500,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ status: dbHealthy ? "ok" : "error", db: dbHealthy }),
  };
};
