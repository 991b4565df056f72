// Source: saltman80/mindmapx — netlify/functions/list.ts (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every listing checks a client out of the module-level pool and both the success and the error response return without releasing it
import type { Handler } from "@netlify/functions";
import { getClient } from "./db-client.js";
import { verifySession } from "./auth.js";

const commonHeaders = { "Content-Type": "application/json" };

export const handler: Handler = async (event) => {
  let userId: string;
  try {
    userId = (await verifySession(event.headers.authorization)).userId;
  } catch {
    return { statusCode: 401, headers: commonHeaders, body: JSON.stringify({ error: "Unauthorized" }) };
  }
  const page = Number(event.queryStringParameters?.page ?? 1);
  const limit = Number(event.queryStringParameters?.limit ?? 20);
  const db = await getClient();

  const values: (string | number)[] = [userId, limit, (page - 1) * limit];
  const sql = "SELECT id, title, completed FROM todos WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2 OFFSET $3";

  try {
    const { rows } = await db.query(sql, values);
    return { statusCode: 200, headers: commonHeaders, body: JSON.stringify({ success: true, data: { todos: rows, page, limit } }) };
  } catch (err) {
    console.error("Database error:", err);
    return { statusCode: 500, headers: commonHeaders, body: JSON.stringify({ error: "Internal Server Error" }) };
  }
};
