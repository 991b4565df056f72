// Source: solana-foundation/solana-developer-platform — apps/sdp-api/src/db/client.ts (PooledPostgresClient.transaction, PR #762 review thread), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback and COMMIT run in a try whose finally releases (the review is about releasing a broken client without the error, not a leak)
import { Pool, PoolClient } from "pg";

class PostgresExecutor {
  constructor(private readonly client: PoolClient) {}
  query(text: string, values?: unknown[]) {
    return this.client.query(text, values);
  }
}

export class PooledPostgresClient {
  constructor(private readonly pool: Pool) {}

  async transaction<T>(callback: (executor: PostgresExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const executor = new PostgresExecutor(client);
      const result = await callback(executor);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
