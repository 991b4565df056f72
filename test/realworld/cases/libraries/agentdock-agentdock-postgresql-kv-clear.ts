// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/operations/kv.ts (KVOperations.clear), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the prefix / namespace / truncate branches and COMMIT are in the try; the catch rolls back, logs and rethrows, the finally releases
import type { Pool } from "pg";

declare const logger: { error(...args: unknown[]): void };

export class KVOperationsSketch {
  constructor(private connection: { pool: Pool; schema: string; defaultNamespace?: string }) {}

  private getFullKey(key: string, namespace?: string): string {
    return namespace ? `${namespace}:${key}` : key;
  }

  async clear(prefix?: string): Promise<void> {
    const client = await this.connection.pool.connect();
    try {
      await client.query("BEGIN");
      if (prefix) {
        const fullPrefix = this.getFullKey(prefix, this.connection.defaultNamespace);
        await client.query(`DELETE FROM ${this.connection.schema}.kv_store WHERE key LIKE $1`, [`${fullPrefix}%`]);
      } else if (this.connection.defaultNamespace) {
        await client.query(`DELETE FROM ${this.connection.schema}.kv_store WHERE namespace = $1`, [
          this.connection.defaultNamespace,
        ]);
      } else {
        await client.query(`TRUNCATE TABLE ${this.connection.schema}.kv_store`);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      logger.error("storage", "PostgreSQLKV", "Clear failed", { prefix, error: String(error) });
      throw error;
    } finally {
      client.release();
    }
  }
}
