// Source: Sehnya/unison — services/friends/src/repository.ts (FriendsRepository.getOrCreateDMConversation), reduced by hand, not copied
// Label: safe
// Why: the existing conversation is looked up through the pool before any checkout; the two inserts run between BEGIN and COMMIT in a `try` that rolls back and rethrows, the `finally` releases
import type { Pool } from "pg";

export class FriendsRepository {
  constructor(private pool: Pool) {}

  async getOrCreateDMConversation(conversationId: string, userId: string, otherUserId: string): Promise<string> {
    const existing = await this.pool.query<{ id: string }>(
      `SELECT dc.id FROM dm_conversations dc
       JOIN dm_participants p1 ON p1.conversation_id = dc.id AND p1.user_id = $1
       JOIN dm_participants p2 ON p2.conversation_id = dc.id AND p2.user_id = $2`,
      [userId, otherUserId],
    );
    if (existing.rows[0]) {
      return existing.rows[0].id;
    }

    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO dm_conversations (id, created_at, updated_at) VALUES ($1, NOW(), NOW())", [conversationId]);
      await client.query(
        "INSERT INTO dm_participants (conversation_id, user_id, joined_at) VALUES ($1, $2, NOW()), ($1, $3, NOW())",
        [conversationId, userId, otherUserId],
      );
      await client.query("COMMIT");
      return conversationId;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
