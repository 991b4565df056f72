// Source: memento-ai/Memento — packages/postgres-db/src/getConversation.ts (getConversation), reduced by hand, not copied
// Label: safe
// Why: the agent-memory package's pool is a slonik DatabasePool (`CommonQueryMethods` from "slonik"): `pool.connect(handler)` lends the connection to the handler and slonik releases it when the handler's promise settles
import type { DatabasePool } from "slonik";
import { sql } from "slonik";

export type Message = { role: string; content: string };

export async function getConversation(pool: DatabasePool, limit = 10): Promise<Message[]> {
  const result: Message[] = await pool.connect(async (conn) => {
    const rows = await conn.any(sql.unsafe`
      SELECT role, content FROM conversation
      ORDER BY created_at DESC
      LIMIT ${limit}`);
    return rows.map((row) => ({ role: row.role as string, content: row.content as string }));
  });
  return result.reverse();
}
