// Source: truffle-ai/dexto — packages/storage/src/database/postgres-store.ts at ea2b18633 (PostgresStore.withRetry; the repository of PR #861), reduced by hand, not copied
// Label: safe
// Why: each attempt checks out into a `let client`; the catch destroys it with `release(true)` and clears the variable before retrying or rethrowing, and the finally releases only a client still set, so every attempt gives its client back once
import { Pool, PoolClient } from "pg";

export class PostgresStore {
  private pool: Pool | null = null;

  private isConnectionError(error: unknown): boolean {
    return error instanceof Error && /ECONNRESET|terminated/.test(error.message);
  }

  async withRetry<T>(operation: string, fn: (client: PoolClient) => Promise<T>, maxRetries = 2): Promise<T> {
    if (!this.pool) throw new Error("not connected");
    let lastError: Error | undefined;

    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      let client: PoolClient | undefined;
      try {
        client = await this.pool.connect();
        const result = await fn(client);
        return result;
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        if (client) {
          client.release(true);
          client = undefined;
        }
        if (this.isConnectionError(error) && attempt < maxRetries) {
          console.warn(`PostgreSQL ${operation} failed (attempt ${attempt + 1}); retrying`);
          await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
          continue;
        }
        throw error;
      } finally {
        if (client) {
          client.release();
        }
      }
    }

    throw lastError;
  }
}
