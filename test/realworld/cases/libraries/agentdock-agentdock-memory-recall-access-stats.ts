// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/operations/memory.ts (MemoryOperations.recallMemories), reduced by hand, not copied
// Label: safe
// Why: the recall query and the row mapping are in the try whose finally releases; the access-stats update it starts without awaiting checks out a client of its own (updateAccessStats releases it in its own finally), so nothing runs on this one after the release
import { Pool } from "pg";

declare const logger: { warn(...args: unknown[]): void };

export class MemoryOperationsSketch {
  constructor(private pool: Pool, private schema: string) {}

  async recallMemories(userId: string, agentId: string, options: { limit?: number; updateAccessStats?: boolean } = {}) {
    const client = await this.pool.connect();
    try {
      const { limit = 100, updateAccessStats = true } = options;
      const result = await client.query(
        `SELECT id, content, importance FROM ${this.schema}.memories WHERE user_id = $1 AND agent_id = $2 LIMIT $3`,
        [userId, agentId, limit],
      );
      const memories = result.rows.map((row) => ({ id: row.id, content: row.content, importance: parseFloat(row.importance) }));

      if (updateAccessStats && memories.length > 0) {
        this.updateAccessStats(memories.map((m) => m.id)).catch((error) => {
          logger.warn("storage", "MemoryOperations", "Failed to update access stats", { error: error.message });
        });
      }

      return memories;
    } finally {
      client.release();
    }
  }

  private async updateAccessStats(memoryIds: string[]): Promise<void> {
    if (memoryIds.length === 0) return;
    await this.pool.query(`UPDATE ${this.schema}.memories SET access_count = access_count + 1 WHERE id = ANY($1)`, [memoryIds]);
  }
}
