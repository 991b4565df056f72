// Source: saltman80/mindmapx — netlify/lib/ai/usage.ts (trackAIUsage), reduced by hand, not copied
// Label: safe
// Why: the insert runs in a try whose finally releases the client
import { getClient } from "./db-client.js";

export async function trackAIUsage(userId: string, type: "mindmap" | "todo" | "kanban") {
  const client = await getClient();
  try {
    await client.query("INSERT INTO ai_usage (user_id, type) VALUES ($1, $2)", [userId, type]);
  } finally {
    client.release();
  }
}
