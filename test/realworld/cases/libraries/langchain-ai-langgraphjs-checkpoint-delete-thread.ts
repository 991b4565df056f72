// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/index.ts (PostgresSaver.deleteThread, added by PR #1327), reduced by hand, not copied
// Label: safe
// Why: the three deletes run between BEGIN and COMMIT inside the try; ROLLBACK is in the catch and the finally releases
import pg from "pg";

export class PostgresSaver {
  constructor(private pool: pg.Pool) {}

  async deleteThread(threadId: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("DELETE FROM checkpoint_blobs WHERE thread_id = $1", [threadId]);
      await client.query("DELETE FROM checkpoints WHERE thread_id = $1", [threadId]);
      await client.query("DELETE FROM checkpoint_writes WHERE thread_id = $1", [threadId]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
