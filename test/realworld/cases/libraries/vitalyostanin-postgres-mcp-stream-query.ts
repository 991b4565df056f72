// Source: VitalyOstanin/postgres-mcp — src/postgres-client.ts (PostgresClient.streamQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the QueryStream is built (its Cursor prepares the parameters) and submitted between connect() and the try whose finally releases; a throw there keeps the client
import type { Pool } from "pg";
import QueryStream from "pg-query-stream";

export class PostgresClient {
  constructor(private pool: Pool) {}

  async streamQuery(query: string, params: unknown[] | undefined, onRow: (row: Record<string, unknown>) => Promise<void>) {
    const client = await this.pool.connect();
    const queryStream = new QueryStream(query, params ?? []);
    const stream = client.query(queryStream);
    let releaseError: Error | undefined;
    try {
      for await (const row of stream) {
        await onRow(row);
      }
    } catch (error) {
      stream.destroy();
      releaseError = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(releaseError);
    }
  }
}
