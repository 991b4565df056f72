// Source: agent-tooling/message-layer — src/db.ts (PgDatabase.tx), reduced by hand, not copied
// Label: safe
// Why: the callback gets an object whose query closes over the client; everything runs inside the try, the catch rolls back, the finally releases
import type { Pool, QueryResultRow } from "pg";

interface DbClient {
  query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

declare function rewriteParams(sql: string): string;

export class PgDatabase {
  constructor(private pool: Pool) {}

  async tx<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const txClient: DbClient = {
        query: async <R extends QueryResultRow>(sql: string, params: unknown[] = []) => {
          const result = await client.query<R>(rewriteParams(sql), params);
          return { rows: result.rows ?? [] };
        },
      };
      const output = await fn(txClient);
      await client.query("COMMIT");
      return output;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
