// Source: lauri3new/modular-monolith-example — packages/db/src/connection.ts (DatabaseConnection.connect), reduced by hand, not copied
// Label: safe
// Why: the `@acme/db` package's bootstrap check takes one client from the new pool and releases it at once, nothing in between
import { Pool } from "pg";

export class DatabaseConnection {
  private pool: Pool | null = null;

  async connect(connectionString: string): Promise<void> {
    if (this.pool) {
      return;
    }
    this.pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000 });

    // Verify connection
    const client = await this.pool.connect();
    client.release();
  }

  async disconnect(): Promise<void> {
    if (this.pool) {
      await this.pool.end();
      this.pool = null;
    }
  }
}
