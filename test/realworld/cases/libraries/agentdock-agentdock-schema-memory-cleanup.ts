// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/schema-memory.ts (cleanupOldMemories), reduced by hand, not copied
// Label: safe
// Why: only `let totalDeleted = 0` sits between connect() and the try; the per-type deletes, the log and the return are in the try, the catch logs and returns 0, the finally releases
import type { Pool } from "pg";

declare function parseSqlIdentifier(name: string, what: string): string;
declare function quotePgIdentifier(name: string): string;
declare const logger: { info(...args: unknown[]): void; error(...args: unknown[]): void };

export async function cleanupOldMemories(pool: Pool, schema: string, retentionDays: Record<string, number>): Promise<number> {
  const validatedSchema = parseSqlIdentifier(schema, "schema name");
  const quotedSchema = quotePgIdentifier(validatedSchema);

  const client = await pool.connect();
  let totalDeleted = 0;

  try {
    for (const [type, days] of Object.entries(retentionDays)) {
      const cutoffDate = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
      const result = await client.query(`DELETE FROM ${quotedSchema}.memories WHERE type = $1 AND created_at < $2`, [
        type,
        cutoffDate,
      ]);
      totalDeleted += result.rowCount || 0;
    }
    if (totalDeleted > 0) {
      logger.info("storage", "PostgreSQLMemorySchema", "Cleaned up old memories", { totalDeleted });
    }
    return totalDeleted;
  } catch (error) {
    logger.error("storage", "PostgreSQLMemorySchema", "Failed to cleanup old memories", { error });
    return 0;
  } finally {
    client.release();
  }
}
