// Source: saltman80/mindmapx — netlify/functions/mindmaps.ts (handler, POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: at the mindmap limit the handler releases the client and returns from inside the try whose finally releases it again: pg throws "Release called on client which has already been released to the pool."
import type { Handler } from "@netlify/functions";
import { getClient } from "./db-client.js";

const headers = { "Content-Type": "application/json" };
const LIMIT_MINDMAPS = 10;

export const handler: Handler = async (event) => {
  const userId = event.headers["x-user-id"];
  const client = await getClient();
  try {
    if (event.httpMethod === "POST") {
      if (!event.body) {
        return { statusCode: 400, headers, body: JSON.stringify({ error: "Missing request body" }) };
      }
      const parsed = JSON.parse(event.body);
      const countRes = await client.query("SELECT COUNT(*) FROM mindmaps WHERE user_id = $1", [userId]);
      if (Number(countRes.rows[0].count) >= LIMIT_MINDMAPS) {
        client.release();
        return { statusCode: 403, headers, body: JSON.stringify({ error: "Mindmap limit reached" }) };
      }
      const result = await client.query("INSERT INTO mindmaps (user_id, title) VALUES ($1, $2) RETURNING id, title", [userId, parsed.title]);
      return { statusCode: 201, headers, body: JSON.stringify(result.rows[0]) };
    }
    const { rows } = await client.query("SELECT id, title FROM mindmaps WHERE user_id = $1", [userId]);
    return { statusCode: 200, headers, body: JSON.stringify(rows) };
  } catch (err) {
    console.error("mindmaps error", err);
    return { statusCode: 500, headers, body: JSON.stringify({ error: "Internal Server Error" }) };
  } finally {
    client.release();
  }
};
