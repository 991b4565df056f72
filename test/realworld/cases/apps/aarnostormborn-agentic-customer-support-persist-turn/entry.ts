// Source: AarnoStormborn/agentic-customer-support — src/streaming/persist.ts at 5a3ee38 (saveTurn), reduced by hand, not copied
// Label: safe
// Why: the streaming chat persister upserts a finished turn and replaces its messages in one transaction; the catch rolls back (errors swallowed) and logs, best-effort, and the finally releases
import { getPool } from "./pool.js";

interface ChatTurn {
  chatId: string;
  conversationId: string;
  status: string;
  messages: { role?: string; content?: unknown }[];
}

export async function saveTurn(turn: ChatTurn): Promise<void> {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO chats (chat_id, conversation_id, status, message_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (chat_id) DO UPDATE SET status = EXCLUDED.status, message_count = EXCLUDED.message_count`,
      [turn.chatId, turn.conversationId, turn.status, turn.messages.length],
    );
    await client.query("DELETE FROM chat_messages WHERE chat_id = $1", [turn.chatId]);
    for (const [i, m] of turn.messages.entries()) {
      await client.query("INSERT INTO chat_messages (chat_id, role, content, turn_index) VALUES ($1, $2, $3::jsonb, $4)", [
        turn.chatId,
        m.role ?? "assistant",
        JSON.stringify(m.content),
        i,
      ]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    console.error(`[persist] saveTurn(${turn.chatId}) failed:`, (err as Error).message);
  } finally {
    client.release();
  }
}
