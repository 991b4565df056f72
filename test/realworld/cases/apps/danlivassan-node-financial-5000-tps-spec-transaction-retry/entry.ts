// Source: DanLivassan/node-financial-5000-tps-spec — packages/ledger/src/transaction-retry.ts (withTransactionRetry), reduced by hand, not copied
// Label: safe
// Why: each of three attempts checks out in the loop and releases in its `finally`; a non-retryable error is rethrown and a serialization failure backs off, both inside that `try`
import type pg from "pg";

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "40001" || code === "40P01";
}

async function backoff(attempt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10));
}

export async function withTransactionRetry<T>(db: pg.Pool, operation: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const client = await db.connect();
    try {
      await client.query("BEGIN");
      const result = await operation(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (!isRetryable(error) || attempt >= 2) throw error;
      await backoff(attempt);
    } finally {
      client.release();
    }
  }
  throw new Error("batch transaction retry limit exhausted");
}
