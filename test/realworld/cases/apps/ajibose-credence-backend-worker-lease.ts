// Source: Ajibose/Credence-Backend — src/jobs/workerLeaseManager.ts at f25fffd (WorkerLeaseManager.tryAcquire), reduced by hand, not copied
// Label: hand-over
// Why: the leader lease keeps a dedicated checkout in `this.client` for a session-level advisory lock; a failed lock query, a failed heartbeat and stop() all go through releaseClient(), which releases it and clears the field
import type { Pool, PoolClient } from "pg";

export class WorkerLeaseManager {
  private client: PoolClient | null = null;
  private running = false;
  private state: "standby" | "leader" = "standby";
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly lockKey: number,
    private readonly retryIntervalMs = 5000,
    private readonly onError: (err: Error) => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.running = true;
    await this.tryAcquire();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.clearTimers();
    if (!this.client) return;
    try {
      await this.client.query("SELECT pg_advisory_unlock($1)", [this.lockKey]);
    } catch {
      // the connection may be gone already
    } finally {
      await this.releaseClient();
    }
  }

  private async tryAcquire(): Promise<void> {
    if (!this.running) return;

    if (!this.client) {
      try {
        this.client = await this.pool.connect();
      } catch (err) {
        this.onError(err instanceof Error ? err : new Error(String(err)));
        this.scheduleRetry();
        return;
      }
    }

    try {
      const { rows } = await this.client.query<{ pg_advisory_lock: boolean }>("SELECT pg_advisory_lock($1) AS pg_advisory_lock", [this.lockKey]);
      if (rows[0]?.pg_advisory_lock === true) {
        this.state = "leader";
        this.heartbeatTimer = setInterval(() => {
          this.heartbeat().catch((err) => this.onError(err));
        }, 10000);
        return;
      }
      this.scheduleRetry();
    } catch (err) {
      this.onError(err instanceof Error ? err : new Error(String(err)));
      await this.releaseClient();
      this.scheduleRetry();
    }
  }

  private async heartbeat(): Promise<void> {
    if (!this.running || this.state !== "leader" || !this.client) return;
    try {
      await this.client.query("SELECT 1");
    } catch {
      await this.releaseClient();
      this.state = "standby";
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (!this.running) return;
    this.clearTimers();
    this.retryTimer = setTimeout(() => {
      void this.tryAcquire();
    }, this.retryIntervalMs);
  }

  private async releaseClient(): Promise<void> {
    if (!this.client) return;
    try {
      this.client.release();
    } catch {
      // ignore
    }
    this.client = null;
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.retryTimer = null;
    this.heartbeatTimer = null;
  }
}
