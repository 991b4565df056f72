// Source: martin-santiago/mcpgate — legacy/single-package/src/storage/postgres.ts (PostgresStorage.init), reduced by hand, not copied
// Label: safe
// Why: the MCP gateway's request-log store creates its table and index in a try whose finally releases, logging through pino in between; the log writes use `this.pool.query`
import pg from "pg";
import type pino from "pino";

export class PostgresStorage {
  private pool: pg.Pool;

  constructor(databaseUrl: string, private readonly logger: pino.Logger) {
    this.pool = new pg.Pool({ connectionString: databaseUrl });
  }

  async init(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("CREATE TABLE IF NOT EXISTS request_logs (id BIGSERIAL PRIMARY KEY, server_name TEXT, tool_name TEXT, duration_ms INT)");
      await client.query("CREATE INDEX IF NOT EXISTS request_logs_ts ON request_logs (id DESC)");
      this.logger.info("PostgreSQL storage initialized");
    } finally {
      client.release();
    }
  }

  async logRequest(entry: { serverName: string; toolName: string; durationMs: number }): Promise<void> {
    await this.pool.query(
      "INSERT INTO request_logs (server_name, tool_name, duration_ms) VALUES ($1, $2, $3)",
      [entry.serverName, entry.toolName, entry.durationMs],
    );
  }
}
