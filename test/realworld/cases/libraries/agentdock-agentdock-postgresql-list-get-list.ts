// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/operations/list.ts (ListOperations.getList), reduced by hand, not copied
// Label: safe
// Why: the early `return null` for a missing list, the range query and the mapping are all inside the try whose finally releases; the catch logs and rethrows
import type { Pool } from "pg";

declare const logger: { error(...args: unknown[]): void };

export class ListOperationsSketch {
  constructor(private connection: { pool: Pool; schema: string; defaultNamespace?: string }) {}

  private getFullKey(key: string, namespace?: string): string {
    return namespace ? `${namespace}:${key}` : key;
  }

  async getList<T>(key: string, start = 0, end = -1, options?: { namespace?: string }): Promise<T[] | null> {
    const namespace = options?.namespace || this.connection.defaultNamespace;
    const fullKey = this.getFullKey(key, namespace);

    const client = await this.connection.pool.connect();
    try {
      const countResult = await client.query(`SELECT COUNT(*) as count FROM ${this.connection.schema}.list_store WHERE key = $1`, [
        fullKey,
      ]);
      const count = parseInt(countResult.rows[0].count);
      if (count === 0) {
        return null;
      }
      const actualEnd = end === -1 ? count - 1 : end;
      const result = await client.query(
        `SELECT value FROM ${this.connection.schema}.list_store WHERE key = $1 AND position >= $2 AND position <= $3 ORDER BY position`,
        [fullKey, start, actualEnd],
      );
      return result.rows.map((row) => row.value as T);
    } catch (error) {
      logger.error("storage", "PostgreSQLList", "GetList failed", { key: fullKey, error: String(error) });
      throw error;
    } finally {
      client.release();
    }
  }
}
