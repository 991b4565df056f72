// One watched pg pool: wraps the instance's `connect` (instrumented-connect.ts) and listens to the pool's
// `release`/`remove`/`error` events; the parts it is made of are each in their own file (counts, the periodic line,
// the waiting line, connection failures, readiness, leak detection). Everything here runs inside the application's
// calls, so every step is cheap and guarded.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { asPoolSaysIt, observeConnects, type ConnectFailed } from "./connect-attempts.js";
import { describedLookup } from "./host-lookup.js";
import { ConnectionErrors, newConnectionsOnly } from "./connection-errors.js";
import { ConnectionFailures } from "./connection-failures.js";
import { givenBack } from "./abandoned-query.js";
import type { CapturedStack } from "./acquire-site.js";
import { HeldClients } from "./held-clients.js";
import { Histogram } from "./histogram.js";
import { instrumentConnect, type CheckoutObserver } from "./instrumented-connect.js";
import { siteOf, type CheckoutRecord } from "./leak-detector.js";
import { LeakWatch } from "./leak-watch.js";
import { LockWaits, type LockWaitEvent } from "./lock-waits.js";
import type { MonitorHost } from "./monitor-host.js";
import type { AlertEvent, PoolSnapshot, PoolStats } from "./monitor-types.js";
import { OpenConnections } from "./open-connections.js";
import { PeriodicLine } from "./periodic-line.js";
import { PoolAlerts } from "./pool-alerts.js";
import { PoolCounter } from "./pool-counts.js";
import { PoolEnd, observeEnd } from "./pool-end.js";
import type { PoolCounts } from "./pool-messages.js";
import { PoolReadiness } from "./pool-readiness.js";
import type { RawConnect } from "./readiness-probe.js";
import { ServeState } from "./serve-state.js";
import { onServerFatal } from "./server-fatal.js";
import { SiteSamples } from "./site-samples.js";
import { SiteTable, forgetAtSite, releaseFromSite } from "./site-table.js";
import { listenFirst } from "./unheard-errors.js";
import { detachFromPool } from "./unwatch.js";
import { WaitingCallers } from "./waiting-callers.js";
import { waitingLine } from "./waiting-line.js";

const TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";

export class WatchedPool {
  readonly wait = new Histogram();
  readonly use = new Histogram();
  readonly sites: SiteTable;
  timeouts = 0;
  connectErrors = 0;
  readonly errors: ConnectionErrors;
  private readonly serve: ServeState;
  private readonly alerts: PoolAlerts;
  private readonly clients = new HeldClients();
  private readonly leaks: LeakWatch | undefined;
  private readonly samples: SiteSamples;
  private readonly waiters = new WaitingCallers();
  private readonly rawConnect: RawConnect;
  /** The pool's `connect` was pg-pool's prototype method when watched (see instrumented-connect.ts). */
  private readonly overPrototype: boolean;
  private readonly counter: PoolCounter;
  private readonly connections: OpenConnections;
  private readonly failures: ConnectionFailures;
  private readonly line: PeriodicLine;
  private readonly waitingMessage: (timedOut?: number) => string;
  readonly longLived: boolean;
  /**
   * What the monitor's weak list learns when this is collected (watched-set.ts): whether the pool was ended — seen at
   * its `end()` (observeEnd), a client's removal while ending, or a tick — so that a pool ended and then dropped is not said as forgotten.
   * Holds nothing of the pool.
   */
  readonly fate = { ended: false };
  /** Its pool ended and that was said in its last periodic line: what it kept is dropped, no more lines. */
  private retired = false;
  /** monitor.unwatch(): detached from the pool; anything still reaching it does nothing. */
  private unwatched = false;
  private readonly end: PoolEnd;
  private readonly readiness: PoolReadiness;
  private wrapper: pg.Pool["connect"] | undefined;
  /** Gives the pool its own `Client` back (see connect-attempts.ts). */
  private restoreClient: (() => void) | undefined;
  /** Restores the pool's `end` (see observeEnd). */
  private restoreEnd: (() => void) | undefined;

  constructor(
    readonly pool: pg.Pool,
    readonly name: string,
    kind: { longLived: boolean; writes: boolean },
    private readonly host: MonitorHost,
  ) {
    this.longLived = kind.longLived;
    const longLived = this.longLived;
    this.sites = new SiteTable(host.settings.maxSitesPerPool);
    this.samples = new SiteSamples(this.attribute);
    this.connections = new OpenConnections(pool, () => this.serve.connectionOpened());
    this.counter = new PoolCounter(pool, this.connections, () => this.serve.probeQueued());
    const max = this.counter.max;
    this.end = new PoolEnd(pool, () => this.counter.waiting());
    const threshold = host.settings.leakDetectionMs;
    // A long-lived pool's clients are held by design (a LISTEN connection for the life of the process): a leak
    // threshold would report every one of them. Its few checkouts are all attributed instead (see connect()).
    if (threshold !== undefined && !longLived) {
      const { captureStacks, warnUtilizationPercent } = host.settings;
      const settings = { thresholdMs: threshold, captureStacks, warnUtilizationPercent, max };
      const lockHost = {
        log: (level: "warn", message: string) => host.log(level, message),
        notify: (event: "lock-wait", payload: LockWaitEvent) => host.notify(event, payload),
        isRunning: () => host.isRunning() && !this.unwatched,
        heldByPid: (pid: number) => this.clients.heldByPid(pool, pid),
      };
      const lockWaits = new LockWaits(pool, name, { timeoutMs: host.settings.readinessTimeoutMs, max }, lockHost);
      this.leaks = new LeakWatch(name, settings, host, this.attribute, lockWaits);
    }
    this.rawConnect = pool.connect as unknown as RawConnect;
    this.overPrototype = (Object.getPrototypeOf(pool) as { connect?: unknown } | null)?.connect === this.rawConnect;
    const { alertClearMs, sustainedMs, intervalMs, readinessTimeoutMs, readinessCacheMs, warnUtilizationPercent } = host.settings;
    const alertSettings = { alertClearMs, sustainedMs, warnUtilizationPercent, max, longLived };
    this.alerts = new PoolAlerts(name, alertSettings, performance.now(), (kind, message) => this.raiseAlert(kind, message));
    this.errors = new ConnectionErrors(name, intervalMs, (message) => host.log("warn", message));
    const probeSettings = { timeoutMs: readinessTimeoutMs, cacheMs: readinessCacheMs };
    this.serve = new ServeState(
      pool,
      this.rawConnect,
      probeSettings,
      { connectionError: (error) => this.failures.failed(error), countedAlready: (error) => this.failures.mark(error) },
      () => this.counts().totalCount,
    );
    const { errors, clients, leaks, counter, serve, alerts, connections, end } = this;
    this.failures = new ConnectionFailures({
      name,
      pool,
      longLived,
      errors,
      clients,
      leaks,
      counter,
      serve,
      alerts,
      unwatched: () => this.unwatched,
      warn: (message) => host.log("warn", message),
    });
    this.readiness = new PoolReadiness(serve, end, kind, () => clients.lost);
    const attributeHeld = () => this.attributeHeld();
    const { sites, waiters } = this;
    this.waitingMessage = waitingLine({ name, sites, counter, connections, serve, waiters, attributeHeld });
    const { readiness, waitingMessage } = this;
    this.line = new PeriodicLine({
      ...{ name, pool, longLived, host, counter, connections, alerts, errors },
      ...{ serve, readiness, clients, end, waitingMessage },
    });
    this.instrument();
  }

  private instrument(): void {
    const host = this.host;
    const capture = {
      attributeAll: this.longLived,
      // The host's own functions, not arrows that forward to them: each checkout calls these (a call each, not two).
      sampleSite: host.sampleSite,
      policy: this.leaks?.capture,
      isRunning: host.isRunning,
    };
    this.wrapper = instrumentConnect(this.pool, this.rawConnect, capture, this);
    // A connect pg-pool opens for the readiness probe's borrow is the probe's round trip, counted there once.
    this.restoreClient = observeConnects(this.pool, this.onConnectFailed, () => this.serve.probeConnecting());
    this.restoreEnd = observeEnd(this.pool, this.fate);
    this.pool.on("release", this.onRelease);
    this.pool.on("remove", this.onRemove);
    listenFirst(this.pool, "error", this.failures.onPoolError);
  }

  /** pg-pool answered a checkout (see instrumented-connect.ts). */
  connected(...[err, client, startedAt, captured, sampled, helper]: Parameters<CheckoutObserver["connected"]>): void {
    if (this.unwatched) return;
    try {
      this.waiters.answered(captured);
      const now = performance.now();
      if (err || !client) {
        this.end.checkoutFailed();
        if (err?.message === TIMEOUT_MESSAGE) {
          this.timeouts++;
          this.serve.checkoutTimedOut();
        } else {
          this.connectErrors++;
          // pg-pool refuses every connect() once pool.end() was called (a shutdown): the database is not at fault,
          // and the pool's state already says why it cannot serve.
          if (this.pool.ending) return;
          this.connectFailed(err);
        }
        return;
      }
      this.wait.record(now - startedAt);
      this.serve.checkedOut();
      const clients = this.clients;
      const record = clients.checkedOut(client, now, captured, helper);
      // Queued, not attributed: attributing formats the stack, which never happens in the application's call.
      if (sampled && captured) this.samples.add(record);
      if (clients.firstCheckout) {
        // A checked-out client whose backend dies emits `error`; with no listener that would crash the process.
        listenFirst(client, "error", this.failures.onClientError);
        // The server's FATAL error is the first word of a broken connection, and often the only one with a code.
        const broken = client;
        const detach = onServerFatal(client, (error) => this.failures.broke(broken, error));
        if (detach) this.clients.onDetach(client, detach);
      }
      if (this.leaks && this.host.isRunning()) this.leaks.arm(record);
      // Observing "nobody waits" only matters to an open episode (it may close it).
      if (this.alerts.waitingOpen && this.pool.waitingCount === 0) this.alerts.waiting(false, now, this.waitingMessage);
      this.alerts.utilization(this.counter.used(), now);
    } catch {
      // Instrumentation must never break the application's connect().
    }
  }

  /**
   * A connect pg-pool started failed, told once pg-pool's callback returned (connect-attempts.ts): counted unless an
   * answer already was — its caller had given up (pg-pool skips a timed-out caller's callback), or the readiness probe
   * had answered. As in connected(): not when the pool is ending (a shutdown).
   */
  private readonly onConnectFailed: ConnectFailed = (error, client) => {
    try {
      const pool = this.pool;
      if (this.unwatched || pool.ending || this.failures.wasCounted(error)) return;
      const timeoutMs = (pool as unknown as { options?: { connectionTimeoutMillis?: unknown } }).options?.connectionTimeoutMillis;
      this.connectFailed(asPoolSaysIt(error, client, timeoutMs));
    } catch {
      // see connected()
    }
  };

  /**
   * A connect of the pool failed, its caller answered or not: counted, and it is what the pool last showed (the
   * waiting line's "the last connect failed (…)", /readyz's reason) — unless refused (no slot, or the login) or its
   * host name did not resolve (DNS) while the pool has connections: those are untouched, and they serve.
   */
  private connectFailed(failure: unknown): void {
    // A connect that ran out of time while its host name was being resolved is said as that (host-lookup.ts).
    const error = describedLookup(failure) ?? failure;
    if (!newConnectionsOnly(error) || this.counts().totalCount === 0) this.serve.connectFailed(error);
    this.failures.failed(error);
  }

  private readonly onRelease = (err: Error | undefined, client: pg.PoolClient): void => {
    try {
      this.serve.clientGivenBack();
      // Given back with a query still running (drill 34b): the next holder waits behind it, and is not to blame. Read
      // before the checkout ends (its stack goes then).
      if (!err) givenBack(client, this.clients);
      const record = this.clients.ended(client);
      if (!record) return;
      const now = performance.now();
      const heldMs = now - record.startedAt;
      this.use.record(heldMs);
      if (record.entry) releaseFromSite(record.entry, heldMs, record);
      else if (record.pendingSite) record.heldMs = heldMs;
      this.leaks?.released(record, now);
      // pg-pool emits `release` before the client is idle again (or removed): it still counts as used here.
      this.alerts.utilization(this.counter.used() - 1, now);
    } catch {
      // see connected()
    }
  };

  private readonly onRemove = (client: pg.PoolClient): void => {
    // pool.end() removes every client: a pool ended and then dropped was not forgotten (see watched-set.ts).
    if (this.pool.ending) this.fate.ended = true;
    // pg-pool removes a client after its release (already forgotten then); this covers any other way out.
    const record = this.clients.ended(client);
    if (!record) return;
    this.leaks?.forgotten(record, performance.now());
    if (record.entry) forgetAtSite(record.entry, record);
  };

  /** Counts a checkout at its site (formatting its stack now); a no-op for one already counted or without a stack. */
  private readonly attribute = (record: CheckoutRecord): void => {
    if (record.entry) return;
    const site = siteOf(record);
    if (!site) return;
    record.entry = this.sites.checkout(site, record);
    // A sample released before it was attributed: count its hold time now.
    if (record.heldMs !== undefined) releaseFromSite(record.entry, record.heldMs, record);
  };

  /**
   * Brings the site table up to date, formatting stacks now, outside the application's calls: the queued samples,
   * and with leak detection the held clients that carry a stack (at most `max`, each once) — every one of them
   * while the pool is under pressure or with `captureStacks: "always"`, so `held` is exact when it matters.
   */
  attributeHeld(): void {
    this.samples.drain();
    if (!this.leaks) return;
    for (const record of this.leaks.pending()) this.attribute(record);
  }

  /** A caller that had to queue with no idle client left: the seed's "alert immediately if waitingCount > 0". */
  checkWaiting(captured: CapturedStack | undefined): void {
    try {
      if (this.pool.waitingCount === 0 || this.pool.idleCount > 0) return;
      if (captured !== undefined && !this.unwatched) this.waiters.queued(captured);
      this.alerts.waiting(true, performance.now(), this.waitingMessage);
    } catch {
      // see connected()
    }
  }

  private raiseAlert(kind: AlertEvent["kind"], message: string): void {
    const { totalCount, idleCount, waitingCount, utilizationPercent } = this.counts();
    this.host.notify("alert", { poolName: this.name, kind, message, totalCount, idleCount, waitingCount, utilizationPercent });
  }

  /** The seed's counts, of open connections (see pool-counts.ts). */
  counts(): PoolCounts {
    return this.counter.counts();
  }

  /** The periodic tick: one log line (see periodic-line.ts) and the alert episodes. */
  tick(): void {
    if (this.pool.ending) this.fate.ended = true;
    if (this.retired) return;
    if (this.line.tick(this.timeouts)) this.retire();
  }

  /** Whether pool.end() has finished (pg-pool's `ended`): the pool can never serve again. */
  get ended(): boolean {
    return this.pool.ended === true;
  }

  /** Whether its last periodic line was logged: an ended pool's (see retire()). */
  get lastLineSaid(): boolean {
    return this.retired;
  }

  /** Ended, and the application asked it for nothing since: it leaves /readyz and /metrics (see pool-end.ts). */
  get gone(): boolean {
    return this.end.gone();
  }

  /**
   * Drops what the monitor kept for an ended pool (its sites, queued samples, leak timer, listeners): it has no
   * client left and never checks out again. While the application still asks it for clients it stays listed as
   * unavailable, until it is unwatched or a pool is watched under its name.
   */
  retire(): void {
    if (this.retired) return;
    this.retired = true;
    try {
      this.samples.clear();
      this.waiters.clear();
      this.leaks?.stop();
      this.sites.clear();
      this.pool.off("release", this.onRelease);
      this.pool.off("remove", this.onRemove);
      this.pool.off("error", this.failures.onPoolError);
      this.connections.detach();
    } catch {
      // see connected()
    }
  }

  /** Known now, without asking the database (see pool-readiness.ts). */
  cannotServe(): boolean {
    return this.readiness.cannotServe();
  }

  /** Whether a query can run now (see pool-readiness.ts). Never rejects. */
  ready(): Promise<{ ok: boolean; reason?: string }> {
    return this.readiness.ready();
  }

  snapshot(timestamp: string): PoolSnapshot {
    const { totalCount, idleCount, waitingCount, utilizationPercent } = this.counts();
    const snapshot: PoolSnapshot = { poolName: this.name, totalCount, idleCount, waitingCount, utilizationPercent, timestamp };
    if (this.serve.readOnly) snapshot.readOnly = true;
    return snapshot;
  }

  stats(): PoolStats {
    const counts = this.counts();
    return {
      poolName: this.name,
      max: this.counter.max,
      totalCount: counts.totalCount,
      idleCount: counts.idleCount,
      usedCount: counts.totalCount - counts.idleCount,
      waitingCount: counts.waitingCount,
      connectingCount: this.connections.connecting(),
      lostCount: this.clients.lost,
      timeouts: this.timeouts,
      connectErrors: this.connectErrors,
      connectionErrors: Object.fromEntries(this.errors.byKind),
      waitTime: this.wait.snapshot(),
      useTime: this.use.snapshot(),
      longLived: this.longLived,
    };
  }

  /** After the monitor's start(): the clients still out from before its stop() are timed again. */
  resumeLeakTimers(): void {
    this.leaks?.resume(performance.now());
  }

  stopLeakTimers(): void {
    this.samples.clear();
    this.waiters.clear();
    this.leaks?.stop();
  }

  /**
   * monitor.unwatch(): drops everything kept for the pool (sites, samples, leak timer and its list) and detaches from
   * it — `connect` restored, the listeners on the pool and its clients removed — so the pool, which the application
   * may keep, holds nothing of the monitor. A client out now is not reported, nor its return. Never throws.
   */
  unwatch(): void {
    if (this.unwatched) return;
    this.unwatched = true;
    this.retire();
    this.restoreClient?.();
    this.restoreEnd?.();
    if (this.wrapper === undefined) return;
    detachFromPool(this.pool, {
      wrapper: this.wrapper,
      raw: this.rawConnect,
      overPrototype: this.overPrototype,
      onRelease: this.onRelease,
      onRemove: this.onRemove,
      onPoolError: this.failures.onPoolError,
      onClientError: this.failures.onClientError,
      detachClient: (client) => this.clients.detach(client),
      checkedOut: (client) => this.clients.current(client) !== undefined,
    });
  }
}
