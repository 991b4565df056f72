// Source: imazhar101/mcp-suite — servers/postgresql/src/services/postgresql-service.ts (PostgreSQLService.executeQuery), reduced by hand, not copied
// Label: safe
// Why: the safety checks return early from inside the try, before BEGIN; every exit, the catch that rolls back included, goes through the finally that releases
import { Pool } from "pg";

export class PostgreSQLService {
  private pool: Pool;
  private allowDangerousOperations = false;

  constructor(connectionString: string, private logger: { info(m: string): void; error(m: string, e?: unknown): void }) {
    this.pool = new Pool({ connectionString });
  }

  async executeQuery(query: string, params?: any[]): Promise<{ success: boolean; data?: any; error?: string }> {
    const client = await this.pool.connect();

    try {
      this.logger.info(`Executing query: ${query}`);
      const lowerQuery = query.trim().toLowerCase();

      if (!this.allowDangerousOperations && !lowerQuery.startsWith("select")) {
        return { success: false, error: "Only read-only queries are allowed." };
      }

      if (!this.allowDangerousOperations && ["pg_sleep", "set_config", "dblink"].some((f) => lowerQuery.includes(f))) {
        return { success: false, error: "Query contains potentially dangerous functions." };
      }

      await client.query(this.allowDangerousOperations ? "BEGIN" : "BEGIN READ ONLY");
      const result = await client.query(query, params);
      await client.query("COMMIT");

      return { success: true, data: { rows: result.rows, rowCount: result.rowCount || 0 } };
    } catch (error) {
      this.logger.error("Error executing query", error);
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        this.logger.error("Error rolling back transaction", rollbackError);
      }
      return { success: false, error: error instanceof Error ? error.message : "Unknown error" };
    } finally {
      client.release();
    }
  }
}
