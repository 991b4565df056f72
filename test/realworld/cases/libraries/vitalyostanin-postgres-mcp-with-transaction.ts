// Source: VitalyOstanin/postgres-mcp — src/postgres-client.ts (PostgresClient.withTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN runs inside the outer try; the inner catch rolls back and records the error, and the outer finally releases (destroying the client after a failure)
import type { Pool } from "pg";

export class PostgresClient {
  constructor(private pool: Pool) {}

  async withTransaction<T>(operation: (run: (q: string, p?: unknown[]) => Promise<unknown[]>) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let releaseError: Error | undefined;
    try {
      await client.query("BEGIN");
      const run = async (q: string, p?: unknown[]) => (await client.query(q, p)).rows;
      try {
        const value = await operation(run);
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        releaseError = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    } finally {
      client.release(releaseError);
    }
  }
}
