// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/databaseResilience.ts (ResilientPool.connect), reduced by hand, not copied
// Label: hand-over
// Why: the retrying connect returns the checkout to its caller as soon as one attempt succeeds; failed attempts hold no client
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


  async connect(): Promise<PoolClient> {
    if (this.health.circuitBreakerOpen) {
      throw new Error("Circuit breaker is open, database connections temporarily disabled");
    }

    let retries = 0;
    let lastError: Error | null = null;

    while (retries <= this.retryConfig.maxRetries) {
      try {
        const client = await this.pool.connect();
        this.recordSuccess();
        return client;
      } catch (err) {
        lastError = err instanceof Error ? err : new Error(String(err));
        this.recordError(err);

        if (retries >= this.retryConfig.maxRetries) {
          break;
        }

        const delay = Math.min(this.retryConfig.maxDelayMs, this.retryConfig.initialDelayMs * Math.pow(2, retries));
        const backoff = delay + delay * 0.2 * Math.random();

        console.log(`Retrying database connection in ${backoff}ms (attempt ${retries + 1}/${this.retryConfig.maxRetries})`);

        await new Promise((resolve) => setTimeout(resolve, backoff));

        retries++;
      }
    }

    this.checkCircuitBreaker();
    throw lastError || new Error("Failed to connect to database after retries");
  }
}
