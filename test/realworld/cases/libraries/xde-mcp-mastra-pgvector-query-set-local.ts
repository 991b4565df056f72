// Source: xde-mcp/mastra — stores/pg/src/vector/index.ts (PgVector.query), reduced by hand, not copied
// Label: safe
// Why: BEGIN, SET LOCAL and the search run in a try whose catch rolls back and rethrows and whose finally releases
import pg from "pg";

export class VectorIndex {
  constructor(public pool: pg.Pool, private indexes: Map<string, { type: string; m?: number }>) {}

  async query(indexName: string, vector: number[], topK = 10, ef?: number) {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const info = this.indexes.get(indexName);
      if (info?.type === "hnsw") {
        const searchEf = Math.min(1000, Math.max(1, ef ?? (info.m ?? 16) * topK));
        await client.query(`SET LOCAL hnsw.ef_search = ${searchEf}`);
      }
      const result = await client.query(
        `SELECT id, 1 - (embedding <=> $1::vector) AS score FROM ${indexName} ORDER BY score DESC LIMIT $2`,
        [`[${vector.join(",")}]`, topK],
      );
      await client.query("COMMIT");
      return result.rows.map(({ id, score }) => ({ id, score }));
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(`vector query failed on ${indexName}`, { cause: error });
    } finally {
      client.release();
    }
  }
}
