// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/index.ts (PostgreSQLAdapter.initializeMemoryOperations), reduced by hand, not copied
// Label: safe
// Why: an outer try only logs a failed checkout; the inner try that follows connect() at once runs the table probe and the MemoryOperations set-up, and its finally releases
import type { Pool } from "pg";

declare class MemoryOperations {
  constructor(pool: Pool, schema: string);
}
declare const logger: { info(...args: unknown[]): void; debug(...args: unknown[]): void; warn(...args: unknown[]): void };

export class PostgreSQLAdapterSketch {
  private connection: { pool: Pool; schema: string } | null = null;
  private memory?: MemoryOperations;

  protected async initializeMemoryOperations(): Promise<void> {
    if (!this.connection) return;

    try {
      const client = await this.connection.pool.connect();
      try {
        const result = await client.query(
          "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'memories')",
          [this.connection.schema],
        );
        if (result.rows[0].exists) {
          this.memory = new MemoryOperations(this.connection.pool, this.connection.schema);
          logger.info("storage", "PostgreSQLAdapter", "Memory operations enabled");
        } else {
          logger.debug("storage", "PostgreSQLAdapter", "Memory tables not found");
        }
      } finally {
        client.release();
      }
    } catch (error) {
      logger.warn("storage", "PostgreSQLAdapter", "Failed to check for memory tables", { error: String(error) });
    }
  }
}
