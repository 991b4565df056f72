// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/databaseResilience.ts (ResilientPool.transaction), reduced by hand, not copied
// Label: safe
// Why: each attempt of the retry loop declares its own `let client = null`; a failed attempt rolls back (a failing ROLLBACK is caught and logged) and its `finally` releases that attempt's client before the backoff, so no client is released twice or carried into the next attempt
import { Pool, PoolClient } from "pg";
import { EventEmitter } from "events";

interface RetryConfig {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export class ResilientPool extends EventEmitter {
  private pool: Pool;
  private retryConfig: RetryConfig = { maxRetries: 3, initialDelayMs: 100, maxDelayMs: 5000 };
  private health = { circuitBreakerOpen: false, totalQueries: 0, successfulQueries: 0, failedQueries: 0 };
  private isConnected = false;
  private heartbeatTimer: NodeJS.Timeout | null = null;

  constructor(pool: Pool) {
    super();
    this.pool = pool;
  }

  private recordSuccess(): void {}
  private recordError(err: unknown): void {}
  private recordQueryTime(ms: number): void {}
  private checkCircuitBreaker(): void {}
  private shouldRetryError(err: any): boolean {
    return !["42601", "42501", "23505"].includes(err.code);
  }


  async transaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    if (this.health.circuitBreakerOpen) {
      throw new Error("Circuit breaker is open, database transactions temporarily disabled");
    }

    let retries = 0;
    let lastError: Error | null = null;

    while (retries <= this.retryConfig.maxRetries) {
      let client: PoolClient | null = null;

      try {
        client = await this.pool.connect();

        await client.query("BEGIN");

        const result = await callback(client);

        await client.query("COMMIT");

        this.recordSuccess();
        return result;
      } catch (err) {
        lastError = err instanceof Error ? err : new Error(String(err));
        this.recordError(err);

        if (client) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackErr) {
            console.error("Error rolling back transaction:", rollbackErr);
          }
        }

        const shouldRetry = this.shouldRetryError(err);

        if (!shouldRetry || retries >= this.retryConfig.maxRetries) {
          break;
        }

        const delay = Math.min(this.retryConfig.maxDelayMs, this.retryConfig.initialDelayMs * Math.pow(2, retries));
        const backoff = delay + delay * 0.2 * Math.random();

        console.log(`Retrying transaction in ${backoff}ms (attempt ${retries + 1}/${this.retryConfig.maxRetries})`);

        await new Promise((resolve) => setTimeout(resolve, backoff));

        retries++;
      } finally {
        if (client) {
          client.release();
        }
      }
    }

    this.checkCircuitBreaker();
    throw lastError || new Error("Failed to execute transaction after retries");
  }
}
