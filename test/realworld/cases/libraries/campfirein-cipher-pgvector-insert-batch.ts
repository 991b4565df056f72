// Source: campfirein/cipher — src/core/vector_storage/backend/pgvector.ts at 87095bcf (PgVectorBackend.insert), reduced by hand, not copied
// Label: safe
// Why: the agent memory's pgvector backend builds one multi-row INSERT inside BEGIN/COMMIT; the validation throws for a bad vector or payload are inside the try, the catch rolls back and rethrows a wrapped error, and the finally releases
import { Pool } from "pg";

class VectorStoreError extends Error {
  constructor(message: string, readonly operation: string, readonly cause?: Error) {
    super(message);
  }
}

export class PgVectorBackend {
  private pool: Pool;
  private connected = false;

  constructor(private readonly collectionName: string, private readonly dimension: number) {
    this.pool = new Pool({ connectionString: process.env.VECTOR_STORE_URL });
  }

  async insert(vectors: number[][], ids: number[], payloads: Record<string, unknown>[]): Promise<void> {
    if (!this.connected) {
      throw new VectorStoreError("Not connected", "insert");
    }
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const values: unknown[] = [];
      const placeholders: string[] = [];
      for (let i = 0; i < vectors.length; i++) {
        const vector = vectors[i];
        if (!vector || !Array.isArray(vector) || vector.length !== this.dimension) {
          throw new VectorStoreError("Invalid vector", "insert");
        }
        values.push(ids[i], `[${vector.join(",")}]`, payloads[i]);
        placeholders.push(`($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`);
      }
      await client.query(`INSERT INTO ${this.collectionName} (id, vector, payload) VALUES ${placeholders.join(",")}`, values);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new VectorStoreError("Failed to insert vectors", "insert", error as Error);
    } finally {
      client.release();
    }
  }
}
