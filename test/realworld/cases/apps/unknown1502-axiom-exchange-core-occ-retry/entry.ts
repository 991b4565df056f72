// Source: Unknown1502/axiom-exchange-core — packages/database/src/occ.ts (withOccRetry), reduced by hand, not copied
// Label: safe
// Why: each attempt checks out inside the loop and releases in its own `finally`; the ROLLBACK's failure is swallowed, a terminal error is rethrown and a retryable one backs off before the next attempt, all inside that `try`
import type { Pool, PoolClient } from "pg";

export class RetryExhaustedError extends Error {
  constructor(readonly attempts: number, readonly lastError: unknown) {
    super(`gave up after ${attempts} attempts`);
  }
}

function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "40001" || code === "40P01";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withOccRetry<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>, maxAttempts = 5) {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      const value = await fn(client);
      await client.query("COMMIT");
      return { value, attempts: attempt };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (!isRetryableConflict(error)) {
        throw error;
      }
      lastError = error;
      if (attempt < maxAttempts) {
        await sleep(Math.random() * Math.min(1000, 20 * 2 ** (attempt - 1)));
      }
    } finally {
      client.release();
    }
  }
  throw new RetryExhaustedError(maxAttempts, lastError);
}
