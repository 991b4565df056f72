// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/databaseResilience.ts (ResilientPool.startHeartbeat), reduced by hand, not copied
// Label: safe
// Why: the interval's heartbeat checks out, and the `SELECT 1` and the bookkeeping after it run in a `try` whose `finally` releases; a failed checkout lands in the outer catch holding nothing
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


  private startHeartbeat(): void {
    if (this.heartbeatTimer) {
      clearInterval(this.heartbeatTimer);
    }

    this.heartbeatTimer = setInterval(async () => {
      try {
        if (!this.health.circuitBreakerOpen) {
          const startTime = Date.now();
          const client = await this.pool.connect();

          try {
            await client.query("SELECT 1");
            this.recordQueryTime(Date.now() - startTime);

            if (!this.isConnected) {
              this.isConnected = true;
              this.emit("reconnect");
            }
          } finally {
            client.release();
          }
        }
      } catch (err) {
        this.recordError(err);

        if (this.isConnected) {
          this.isConnected = false;
          this.emit("disconnect", err);
        }

        this.checkCircuitBreaker();
      }
    }, 10000);
  }
}
