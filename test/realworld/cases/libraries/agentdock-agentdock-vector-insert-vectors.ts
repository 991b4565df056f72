// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql-vector/operations/vector.ts (insertVectors), reduced by hand, not copied
// Label: safe
// Why: identifiers are validated before connect(); BEGIN, one upsert per vector, COMMIT and the debug log are in the try, the catch rolls back and rethrows, the finally releases
import type { Pool } from "pg";

declare function parseSqlIdentifier(name: string, what: string): string;
declare function quotePgIdentifier(name: string): string;
declare const logger: { debug(...args: unknown[]): void; error(...args: unknown[]): void };

export async function insertVectors(
  pool: Pool,
  schema: string,
  collection: string,
  vectors: Array<{ id: string; vector: number[]; metadata?: object }>,
): Promise<void> {
  const quotedSchema = quotePgIdentifier(parseSqlIdentifier(schema, "schema name"));
  const quotedCollection = quotePgIdentifier(parseSqlIdentifier(collection, "collection name"));

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const vector of vectors) {
      await client.query(
        `INSERT INTO ${quotedSchema}.${quotedCollection} (id, vector, metadata) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET vector = EXCLUDED.vector`,
        [vector.id, JSON.stringify(vector.vector), JSON.stringify(vector.metadata || {})],
      );
    }
    await client.query("COMMIT");
    logger.debug("storage", "PostgreSQLVector", `Inserted ${vectors.length} vectors into collection: ${collection}`);
  } catch (error) {
    await client.query("ROLLBACK");
    logger.error("storage", "PostgreSQLVector", `Failed to insert vectors into collection: ${collection}`, { error });
    throw error;
  } finally {
    client.release();
  }
}
