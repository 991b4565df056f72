// Source: xde-mcp/mastra — stores/pg/src/vector/index.ts (PgVector.updateVector), reduced by hand, not copied
// Label: safe
// Why: the client is declared before the try and checked out inside it; the early `return` and every throw pass the finally's `client?.release()`
import pg from "pg";

export class VectorWriter {
  constructor(public pool: pg.Pool) {}

  async updateVector(table: string, id: string, update: { vector?: number[]; metadata?: object }) {
    let client;
    try {
      if (!update.vector && !update.metadata) {
        throw new Error("No updates provided");
      }
      client = await this.pool.connect();
      const parts: string[] = [];
      const values: unknown[] = [id];
      if (update.vector) {
        values.push(`[${update.vector.join(",")}]`);
        parts.push(`embedding = $${values.length}::vector`);
      }
      if (update.metadata) {
        values.push(JSON.stringify(update.metadata));
        parts.push(`metadata = $${values.length}::jsonb`);
      }
      if (parts.length === 0) {
        return;
      }
      await client.query(`UPDATE ${table} SET ${parts.join(", ")} WHERE vector_id = $1`, values);
    } catch (error) {
      throw new Error(`update of ${id} failed`, { cause: error });
    } finally {
      client?.release();
    }
  }
}
