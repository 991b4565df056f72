// Source: truffle-ai/dexto — packages/storage/src/database/postgres-store.ts at ea2b18633 (PostgresStore.transactionOnce, after PR #861's review asked it to discard broken clients), reduced by hand, not copied
// Label: safe
// Why: BEGIN runs inside the try, the catch rolls back only after a BEGIN that succeeded and marks the client broken when the error or the ROLLBACK says so, and the finally releases once with that flag
import { Pool, PoolClient } from "pg";

export class PostgresStore {
  private pool: Pool | null = null;

  private isConnectionError(error: unknown): boolean {
    return error instanceof Error && /ECONNRESET|terminated/.test(error.message);
  }

  async transactionOnce<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    if (!this.pool) throw new Error("not connected");

    const client = await this.pool.connect();
    let began = false;
    let releaseWithError = false;
    try {
      await client.query("BEGIN");
      began = true;
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      releaseWithError = this.isConnectionError(error);
      if (began && !releaseWithError) {
        try {
          await client.query("ROLLBACK");
        } catch {
          releaseWithError = true;
        }
      }
      throw error;
    } finally {
      client.release(releaseWithError);
    }
  }
}
