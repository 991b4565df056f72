// Source: AgentDock/AgentDock — agentdock-core/src/storage/adapters/postgresql/connection.ts (PostgreSQLConnectionManager.createConnection), reduced by hand, not copied
// Label: safe
// Why: the probe checks a client out and gives it straight back before logging; a failed connect() has no client to release and the catch ends the pool
import { Pool, PoolConfig } from "pg";

declare function initializeSchema(pool: Pool, schema: string): Promise<void>;
declare const logger: { info(category: string, source: string, message: string): void };

export class ConnectionManagerSketch {
  constructor(private config: { connectionString?: string; schema?: string; pool?: PoolConfig }) {}

  protected async createConnection() {
    const pool = new Pool(this.config.connectionString ? { connectionString: this.config.connectionString } : this.config.pool);

    try {
      const client = await pool.connect();
      client.release();
      logger.info("storage", "PostgreSQL", "Connection established");
    } catch (error) {
      await pool.end();
      throw new Error(`Failed to connect to PostgreSQL: ${error}`);
    }

    const schema = this.config.schema || "public";
    await initializeSchema(pool, schema);
    return { pool, schema, initialized: true };
  }
}
