// Source: lolmeida/postgres-mcp — src/database/PostgresConnection.ts (PostgresConnection.testConnection), reduced by hand, not copied
// Label: safe
// Why: the client is released at the end of the try; any throw after the checkout (the query, the log line that parses the version) reaches the catch, which releases it with the error
import type { Pool, PoolClient } from "pg";

export class PostgresConnection {
  constructor(private pool: Pool, private logger: { info(m: string): void; error(m: string, e: unknown): void }) {}

  async testConnection(): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
      const result = await client.query("SELECT current_database() AS db, version() AS version");
      this.logger.info(`Connected to PostgreSQL ${result.rows[0].version.split(" ")[1]}: ${result.rows[0].db}`);
      client.release();
    } catch (error: any) {
      if (client!) {
        client!.release(error);
      }
      this.logger.error("Failed to connect to PostgreSQL database", error);
      throw new Error(`Failed to connect to PostgreSQL: ${error.message}`);
    }
  }
}
