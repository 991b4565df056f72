// Source: kristofferremback/threa — packages/backend-common/src/db/index.ts at fe08a346 (withClient), reduced by hand, not copied
// Label: safe
// Why: the helper retries once on a killed connection: the catch destroys the bad client with `release(true)`, sets `released` and continues, and the finally releases every other way out (the return, the rethrow) exactly once
import { Pool, PoolClient } from "pg";

function isRecoverableConnectionError(err: unknown): boolean {
  const error = err as Error & { code?: string };
  return error.code === "57P05" || error.code === "ECONNRESET";
}

export async function withClient<T>(pool: Pool, callback: (client: PoolClient) => Promise<T>): Promise<T> {
  let lastError: unknown;

  for (let attempt = 0; attempt < 2; attempt++) {
    const client = await pool.connect();
    let released = false;
    try {
      return await callback(client);
    } catch (error) {
      lastError = error;
      if (attempt === 0 && isRecoverableConnectionError(error)) {
        console.debug("Query failed with recoverable connection error, retrying...");
        released = true;
        client.release(true);
        continue;
      }
      throw error;
    } finally {
      if (!released) client.release();
    }
  }

  throw lastError;
}
