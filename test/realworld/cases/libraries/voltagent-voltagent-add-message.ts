// Source: VoltAgent/voltagent — packages/postgres/src/memory-adapter.ts (PostgreSQLMemoryAdapter.addMessage), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the nested lookup (which checks out a second client of its own) and the insert all run in the try; the catch rolls back and rethrows, the finally releases
import { Pool } from "pg";

class ConversationNotFoundError extends Error {}

export class MemoryAdapterSketch {
  private pool = new Pool();
  private initPromise: Promise<void> = Promise.resolve();

  async getConversation(id: string): Promise<{ id: string } | null> {
    const { rows } = await this.pool.query("SELECT id FROM conversations WHERE id = $1", [id]);
    return rows[0] ?? null;
  }

  async addMessage(message: { id?: string; role: string }, userId: string, conversationId: string): Promise<void> {
    await this.initPromise;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const messageId = message.id || crypto.randomUUID();
      const conversation = await this.getConversation(conversationId);
      if (!conversation) {
        throw new ConversationNotFoundError(conversationId);
      }
      await client.query("INSERT INTO messages (conversation_id, message_id, user_id, role) VALUES ($1, $2, $3, $4)", [
        conversationId,
        messageId,
        userId,
        message.role,
      ]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
