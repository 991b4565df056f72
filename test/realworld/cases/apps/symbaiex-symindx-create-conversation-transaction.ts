// Source: SYMBaiEX/SYMindX — mind-agents/src/modules/memory/providers/postgres/chat-repository.ts (PostgresChatRepository.createConversation), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the conversation insert, the participants insert and COMMIT run in the try; the catch rolls back and rethrows a described error, the finally releases
import { Pool } from "pg";

interface Conversation {
  id: string;
  agentId: string;
  userId: string;
  title?: string;
  status?: string;
  metadata?: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export class PostgresChatRepository {
  private pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 20 });
  }

  private pgToConversation(row: Record<string, any>): Conversation {
    return { id: row.id, agentId: row.agent_id, userId: row.user_id, title: row.title, status: row.status, metadata: row.metadata, createdAt: row.created_at, updatedAt: row.updated_at };
  }

  async createConversation(conversation: Omit<Conversation, "id" | "createdAt" | "updatedAt">): Promise<Conversation> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const conversationResult = await client.query(
        `INSERT INTO conversations (agent_id, user_id, title, status, metadata) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [conversation.agentId, conversation.userId, conversation.title, conversation.status || "active", JSON.stringify(conversation.metadata || {})],
      );
      const conversationData = conversationResult.rows[0];
      await client.query(
        `INSERT INTO participants (conversation_id, participant_type, participant_id, role) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8)`,
        [conversationData.id, "user", conversation.userId, "owner", conversationData.id, "agent", conversation.agentId, "member"],
      );
      await client.query("COMMIT");
      const result = this.pgToConversation(conversationData);
      console.log(`💬 Created conversation ${result.id} between user ${conversation.userId} and agent ${conversation.agentId}`);
      return result;
    } catch (error) {
      void error;
      await client.query("ROLLBACK");
      throw new Error(`Failed to create conversation: ${error}`);
    } finally {
      client.release();
    }
  }
}
