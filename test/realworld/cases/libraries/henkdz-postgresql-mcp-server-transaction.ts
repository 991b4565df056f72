// Source: HenkDz/postgresql-mcp-server — src/utils/connection.ts (DatabaseConnection.transaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN and the callback run in a try whose catch attempts a guarded ROLLBACK and whose finally releases
import type { Pool, PoolClient } from "pg";

export class DatabaseConnection {
  private pool: Pool | null = null;
  private lastError: Error | null = null;

  async transaction<T>(callback: (client: PoolClient) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
    if (!this.pool) {
      throw new Error("Not connected to database");
    }
    const client = await this.pool.connect();
    try {
      await client.query(options.readOnly ? "BEGIN READ ONLY" : "BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        console.error("Transaction rollback failed:", rollbackError);
      }
      this.lastError = error instanceof Error ? error : new Error(String(error));
      throw new Error(`Transaction failed: ${this.lastError.message}`);
    } finally {
      client.release();
    }
  }
}
