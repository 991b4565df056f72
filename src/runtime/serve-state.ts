// Whether one pool can serve its callers: what is known without asking the database (the last connect or readiness
// round trip failed, callers time out waiting for a client, the pool is ending) and, for /readyz, the bounded
// round trip of readiness-probe.ts (its readiness query). The reason is said in words: /readyz's `reason`, the periodic warning.
import type pg from "pg";
import { errorMessage } from "./connection-errors.js";
import { TIMED_OUT_SINCE_CHECKOUT, stalledQueue } from "./pool-messages.js";
import {
  ENDING_REASON as ENDING,
  ReadinessProbe,
  type ProbeAnswer,
  type ProbeHooks,
  type ProbeSettings,
  type RawConnect,
} from "./readiness-probe.js";
/** pg-pool's `ended`: end() finished, every connection closed; it refuses every checkout from now on. */
export const ENDED = "the pool has ended (pool.end() finished: its connections are closed and it refuses every checkout)";

export class ServeState {
  // What the pool has shown since its last successful checkout.
  private timeoutsSinceCheckout = 0;
  // Callers that waited a whole interval, from one tick to the next, while no checkout was served (see queueAtTick).
  private stalledQueue = 0;
  private servedSinceTick = false;
  private waitingAtLastTick = 0;
  // Why the last connect attempt or readiness round trip failed; undefined once one succeeds.
  private lastAttemptError: string | undefined;
  private lastProbeFailure: string | undefined;
  /** What the last successful round trip's session said: read-only (writes fail with 25006), or not. */
  readOnly = false;
  private readonly probe: ReadinessProbe;

  constructor(
    private readonly pool: pg.Pool,
    rawConnect: RawConnect,
    settings: ProbeSettings,
    errors: Pick<ProbeHooks, "connectionError" | "countedAlready">,
    openConnections: () => number,
  ) {
    this.probe = new ReadinessProbe(pool, rawConnect, settings, {
      connectionError: (error) => errors.connectionError(error),
      countedAlready: (error) => errors.countedAlready(error),
      answered: (answer) => this.probeAnswered(answer),
      openConnections,
    });
  }

  /** The readiness probe's own checkout in pg-pool's queue, counted in `pool.waitingCount` (0 or 1, see readiness-probe.ts). */
  probeQueued(): number {
    return this.probe.queuedInPool();
  }

  /** The pool's client the readiness probe holds now, checked out in pg-pool's counts (0 or 1, see readiness-probe.ts). */
  probeHeld(): number {
    return this.probe.heldFromPool();
  }

  /** pg-pool is opening a connection for the readiness probe's borrow now (see readiness-probe.ts). */
  probeConnecting(): boolean {
    return this.probe.connectingForBorrow();
  }

  /** A caller gave up waiting for a client (connectionTimeoutMillis). */
  checkoutTimedOut(): void {
    this.timeoutsSinceCheckout++;
  }

  connectFailed(error: unknown): void {
    this.lastAttemptError = errorMessage(error);
  }

  /** A client was handed out: callers are served. Called at every checkout, so a few field writes. */
  checkedOut(): void {
    this.timeoutsSinceCheckout = 0;
    this.stalledQueue = 0;
    this.servedSinceTick = true;
    this.lastAttemptError = undefined;
    this.lastProbeFailure = undefined;
  }

  /**
   * A connection of the pool just opened: new connects work again, and a cached failed readiness answer ("cannot
   * connect: 3D000 …") is older than that evidence — /readyz asks again rather than repeat it (drill ll).
   */
  connectionOpened(): void {
    this.probe.connectionOpened();
  }

  /** A client was given back to the pool: a cached failure for want of an idle one no longer holds. */
  clientGivenBack(): void {
    this.probe.clientGivenBack();
  }

  /** A connection just failed: a cached readiness answer is older than that evidence. */
  distrust(): void {
    this.probe.distrust();
  }

  /** Why the pool is known not to serve now, without asking the database; undefined when nothing says so. */
  reason(): string | undefined {
    const end = this.endReason();
    if (end !== undefined) return end;
    if (this.lastAttemptError !== undefined) return this.failure();
    if (this.exhausted()) return this.exhaustedReason();
    return this.failure();
  }

  /** What the last connect or readiness round trip said since the last good one, when it failed. */
  failure(): string | undefined {
    if (this.lastAttemptError !== undefined) return `the last connect failed (${this.lastAttemptError})`;
    if (this.lastProbeFailure !== undefined) return `the last readiness round trip failed (${this.lastProbeFailure})`;
    return undefined;
  }

  /**
   * Whether a query can run now: a round trip of the readiness query (bounded, cached briefly; see readiness-probe.ts), and no
   * callers timing out for want of a client. Never rejects; `reason` says why not.
   */
  async ready(): Promise<{ ok: boolean; reason?: string }> {
    const end = this.endReason();
    if (end !== undefined) return { ok: false, reason: end };
    const answer = await this.probe.check();
    if (!answer.ok) return { ok: false, reason: answer.reason ?? "the readiness round trip failed" };
    if (this.exhausted()) return { ok: false, reason: this.exhaustedReason() };
    return { ok: true };
  }

  /** The pool is ending, or has ended: said so; undefined otherwise. */
  endReason(): string | undefined {
    return this.pool.ended ? ENDED : this.pool.ending ? ENDING : undefined;
  }

  /**
   * The periodic tick: callers waited at the last tick and wait now, the pool has connections open, and not one
   * checkout was served in between — its holders release nothing (a nested checkout, leaks, or queries that outlast
   * the interval). Without connectionTimeoutMillis no caller ever times out, so this is how such a pool is known not
   * to serve (drill q). A pool with none open is the hung connects' case (open-connections.ts).
   */
  queueAtTick(waiting: number, open: number): void {
    this.stalledQueue = waiting > 0 && open > 0 && this.waitingAtLastTick > 0 && !this.servedSinceTick ? waiting : 0;
    this.waitingAtLastTick = waiting;
    this.servedSinceTick = false;
  }

  /** Callers timed out or waited an interval since the last checkout and no client is free now: it cannot serve them. */
  private exhausted(): boolean {
    return (this.timeoutsSinceCheckout > 0 || this.stalledQueue > 0) && this.pool.idleCount === 0;
  }

  private exhaustedReason(): string {
    if (this.timeoutsSinceCheckout > 0) return `${this.timeoutsSinceCheckout} caller(s) ${TIMED_OUT_SINCE_CHECKOUT}`;
    return stalledQueue(this.stalledQueue);
  }

  private probeAnswered(answer: ProbeAnswer): void {
    this.lastProbeFailure = answer.ok || answer.noneIdle ? undefined : (answer.reason ?? "failed");
    if (!answer.ok) return;
    if (answer.readOnly !== undefined) this.readOnly = answer.readOnly;
    // A query ran on a fresh or borrowed connection: the database is reachable again.
    this.lastAttemptError = undefined;
    // Only a client handed out by the pool shows that callers can be served.
    if (answer.viaPool) this.timeoutsSinceCheckout = 0;
  }
}
