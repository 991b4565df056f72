// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/operations/memory.ts (MemoryOperations.batchStore), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the placeholders built per memory, the insert and COMMIT are in the try; the catch rolls back and returns a failed result instead of throwing, the finally releases
import type { Pool } from "pg";

declare function generateId(): string;

export class MemoryOperationsSketch {
  constructor(private pool: Pool, private schema: string) {}

  async batchStore(memories: Array<{ id: string; content: string; batchId?: string }>) {
    const startTime = Date.now();
    const batchId = `batch_${Date.now()}_${generateId()}`;

    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const values: unknown[] = [];
      const placeholders: string[] = [];
      let paramIndex = 1;
      memories.forEach((memory) => {
        memory.batchId = batchId;
        placeholders.push(`($${paramIndex}, $${paramIndex + 1}, $${paramIndex + 2})`);
        values.push(memory.id, memory.content, batchId);
        paramIndex += 3;
      });
      await client.query(`INSERT INTO ${this.schema}.memories (id, content, batch_id) VALUES ${placeholders.join(", ")}`, values);
      await client.query("COMMIT");
      return { batchId, stored: memories.length, duration: Date.now() - startTime, success: true };
    } catch (error) {
      await client.query("ROLLBACK");
      return { batchId, stored: 0, duration: Date.now() - startTime, success: false, error: String(error) };
    } finally {
      client.release();
    }
  }
}
