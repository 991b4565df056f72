// Source: saltman80/mindmapx — netlify/lib/ai/usage.ts (getMonthlyUsage), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only the first day of the month is computed from the current date (`new Date(new Date().getFullYear(), new Date().getMonth(), 1)`), which cannot throw; the finally releases
import { getClient } from "./db-client.js";

export async function getMonthlyUsage(userId: string, type: "mindmap" | "todo" | "kanban") {
  const client = await getClient();
  const startOfMonth = new Date(new Date().getFullYear(), new Date().getMonth(), 1);
  try {
    const { rows } = await client.query("SELECT COUNT(*) FROM ai_usage WHERE user_id = $1 AND type = $2 AND created_at >= $3", [userId, type, startOfMonth]);
    return Number(rows[0].count);
  } finally {
    client.release();
  }
}
