// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/databaseResilience.ts (ResilientPool.query), reduced by hand, not copied
// Label: safe
// Why: `let client = null` is declared inside the retry loop's body, so each attempt has its own binding; the attempt's `finally` releases the client that attempt checked out, and the next attempt starts from null
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


  async query(text: string, params: any[] = []): Promise<any> {
    if (this.health.circuitBreakerOpen) {
      throw new Error("Circuit breaker is open, database queries temporarily disabled");
    }

    this.health.totalQueries++;
    let retries = 0;
    let lastError: Error | null = null;

    while (retries <= this.retryConfig.maxRetries) {
      let client: PoolClient | null = null;

      try {
        const startTime = Date.now();

        client = await this.pool.connect();

        const result = await client.query(text, params);

        this.recordQueryTime(Date.now() - startTime);
        this.health.successfulQueries++;
        this.recordSuccess();

        return result;
      } catch (err) {
        this.health.failedQueries++;
        lastError = err instanceof Error ? err : new Error(String(err));
        this.recordError(err);

        const shouldRetry = this.shouldRetryError(err);

        if (!shouldRetry || retries >= this.retryConfig.maxRetries) {
          break;
        }

        const delay = Math.min(this.retryConfig.maxDelayMs, this.retryConfig.initialDelayMs * Math.pow(2, retries));
        const backoff = delay + delay * 0.2 * Math.random();

        console.log(`Retrying database query in ${backoff}ms (attempt ${retries + 1}/${this.retryConfig.maxRetries})`);

        await new Promise((resolve) => setTimeout(resolve, backoff));

        retries++;
      } finally {
        if (client) {
          client.release();
        }
      }
    }

    this.checkCircuitBreaker();
    throw lastError || new Error("Failed to execute query after retries");
  }
}
