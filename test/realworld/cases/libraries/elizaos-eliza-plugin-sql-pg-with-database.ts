// Source: elizaOS/eliza — packages/plugin-sql/src/pg/adapter.ts (PgDatabaseAdapter.withDatabase, as PR #3757 "properly acquire and release connection" made it), reduced by hand, not copied
// Label: safe
// Why: the client comes from the manager's `getClient()` (pool.connect() in manager.ts) and the finally releases it after the awaited operation, on every path the retry wrapper takes
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PostgresConnectionManager } from "./manager";

export class PgDatabaseAdapter {
  protected db!: NodePgDatabase;

  constructor(private manager: PostgresConnectionManager) {}

  protected async withRetry<T>(operation: () => Promise<T>): Promise<T> {
    return await operation();
  }

  protected async withDatabase<T>(operation: () => Promise<T>): Promise<T> {
    return await this.withRetry(async () => {
      const client = await this.manager.getClient();
      try {
        const db = drizzle(client);
        this.db = db;
        return await operation();
      } finally {
        client.release();
      }
    });
  }
}
