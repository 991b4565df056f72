// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/operations/batch.ts (BatchOperations.setMany), reduced by hand, not copied
// Label: safe
// Why: the TTL and metadata are computed before connect(); BEGIN, the multi-row insert built in a loop and COMMIT run in the try whose finally releases
import type { Pool } from "pg";

declare const logger: { error(...args: unknown[]): void };

export class BatchOperationsSketch {
  constructor(private connection: { pool: Pool; schema: string; defaultNamespace?: string }) {}

  private getFullKey(key: string, namespace?: string): string {
    return namespace ? `${namespace}:${key}` : key;
  }

  async setMany<T>(items: Record<string, T>, options?: { namespace?: string; ttlSeconds?: number; metadata?: object }) {
    const entries = Object.entries(items);
    if (entries.length === 0) return;
    const namespace = options?.namespace || this.connection.defaultNamespace;
    const expiresAt = options?.ttlSeconds ? Date.now() + options.ttlSeconds * 1000 : null;
    const metadata = options?.metadata ? JSON.stringify(options.metadata) : null;

    const client = await this.connection.pool.connect();
    try {
      await client.query("BEGIN");
      const valuesClause: string[] = [];
      const parameters: unknown[] = [];
      let paramIndex = 1;
      for (const [key, value] of entries) {
        valuesClause.push(`($${paramIndex}, $${paramIndex + 1}, $${paramIndex + 2}, $${paramIndex + 3}, $${paramIndex + 4})`);
        parameters.push(this.getFullKey(key, namespace), JSON.stringify(value), expiresAt, namespace || null, metadata);
        paramIndex += 5;
      }
      await client.query(
        `INSERT INTO ${this.connection.schema}.kv_store (key, value, expires_at, namespace, metadata) VALUES ${valuesClause.join(", ")} ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        parameters,
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      logger.error("storage", "PostgreSQLBatch", "SetMany failed", { count: entries.length, error: String(error) });
      throw error;
    } finally {
      client.release();
    }
  }
}
