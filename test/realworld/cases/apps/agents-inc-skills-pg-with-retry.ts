// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/transactions.md at 279811b6 ("Retry Logic for Deadlocks and Serialization Failures": withRetry), reduced by hand, not copied
// Label: safe
// Why: each attempt checks out a fresh client and runs BEGIN/operation/COMMIT in a try whose finally releases it, also when the catch's ROLLBACK rejects or the catch rethrows; the backoff wait runs in the catch, before that attempt's finally
import type pg from "pg";

const RETRYABLE_CODES = new Set(["40P01", "40001"]);
const MAX_RETRIES = 3;

export async function withRetry<T>(pool: pg.Pool, operation: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await operation(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK");
      const isRetryable = err instanceof Error && "code" in err && RETRYABLE_CODES.has((err as { code: string }).code);
      if (!isRetryable || attempt === MAX_RETRIES) {
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * Math.pow(2, attempt)));
    } finally {
      client.release();
    }
  }
  throw new Error("Retry loop exited unexpectedly");
}
