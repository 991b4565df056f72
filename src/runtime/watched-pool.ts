// One watched pg pool: wraps the instance's `connect` (instrumented-connect.ts) and listens to the pool's
// `release`/`remove`/`error` events. Everything here runs inside the application's calls, so every step is cheap and
// guarded.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { ConnectionErrors, errorKind, errorMessage, refusedForSlots } from "./connection-errors.js";
import type { CaptureStacks } from "./capture-policy.js";
import { HeldClients } from "./held-clients.js";
import { Histogram } from "./histogram.js";
import { instrumentConnect, type CheckoutObserver } from "./instrumented-connect.js";
import { newCheckoutRecord, siteOf, type CheckoutRecord, type LeakEvent } from "./leak-detector.js";
import { LeakWatch } from "./leak-watch.js";
import { LockWaits, type LockWaitEvent } from "./lock-waits.js";
import type { AlertEvent, PoolSnapshot, PoolStats } from "./monitor-types.js";
import * as messages from "./pool-messages.js";
import { OpenConnections } from "./open-connections.js";
import { PoolAlerts } from "./pool-alerts.js";
import { PoolEnd } from "./pool-end.js";
import { PoolReadiness } from "./pool-readiness.js";
import type { RawConnect } from "./readiness-probe.js";
import { ServeState } from "./serve-state.js";
import { onServerFatal } from "./server-fatal.js";
import { SiteSamples } from "./site-samples.js";
import { SiteTable, forgetAtSite, releaseFromSite } from "./site-table.js";
import { detachFromPool } from "./unwatch.js";

export interface MonitorSettings {
  warnUtilizationPercent: number;
  leakDetectionMs: number | undefined;
  sustainedMs: number;
  maxSitesPerPool: number;
  /** An alert episode ends after its condition has been clear this long. */
  alertClearMs: number;
  /** The readiness round trip's bound, and how long its answer is reused. */
  readinessTimeoutMs: number;
  readinessCacheMs: number;
  /** The periodic interval: at most one connection-error line per pool per interval. */
  intervalMs: number;
  captureStacks: CaptureStacks;
}

/** What a watched pool needs from its monitor. */
export interface MonitorHost {
  readonly settings: MonitorSettings;
  /** False after stop(): no leak timers are armed. */
  isRunning(): boolean;
  sampleSite(): boolean;
  log(level: "info" | "warn", message: string): void;
  notify(event: "leak", payload: LeakEvent): void;
  notify(event: "alert", payload: AlertEvent): void;
  notify(event: "lock-wait", payload: LockWaitEvent): void;
}

const TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";
const TOP_HOLDERS_IN_LOG = 3;

export class WatchedPool {
  readonly wait = new Histogram();
  readonly use = new Histogram();
  readonly sites: SiteTable;
  timeouts = 0;
  /** `timeouts` at the last periodic line: the line says how many gave up since. */
  private timeoutsReported = 0;
  connectErrors = 0;
  readonly errors: ConnectionErrors;
  private readonly serve: ServeState;
  private readonly alerts: PoolAlerts;
  private readonly clients = new HeldClients();
  private readonly leaks: LeakWatch | undefined;
  private readonly samples: SiteSamples;
  private readonly rawConnect: RawConnect;
  private readonly max: number;
  private readonly connections: OpenConnections;
  readonly longLived: boolean;
  /** The application writes through it: a read-only database cannot serve it (see WatchOptions.writes). */
  private readonly writes: boolean;
  /** Its pool ended and that was said in its last periodic line: what it kept is dropped, no more lines. */
  private retired = false;
  /** monitor.unwatch(): detached from the pool; anything still reaching it does nothing. */
  private unwatched = false;
  private readonly end: PoolEnd;
  private readonly readiness: PoolReadiness;
  private wrapper: pg.Pool["connect"] | undefined;

  constructor(
    readonly pool: pg.Pool,
    readonly name: string,
    kind: { longLived: boolean; writes: boolean },
    private readonly host: MonitorHost,
  ) {
    this.longLived = kind.longLived;
    this.writes = kind.writes;
    const longLived = this.longLived;
    this.sites = new SiteTable(host.settings.maxSitesPerPool);
    this.samples = new SiteSamples(this.attribute);
    this.max = Number(pool.options?.max) || 10;
    this.connections = new OpenConnections(pool);
    this.end = new PoolEnd(pool);
    const threshold = host.settings.leakDetectionMs;
    // A long-lived pool's clients are held by design (a LISTEN connection for the life of the process): a leak
    // threshold would report every one of them. Its few checkouts are all attributed instead (see connect()).
    if (threshold !== undefined && !longLived) {
      const { captureStacks, warnUtilizationPercent } = host.settings;
      const settings = { thresholdMs: threshold, captureStacks, warnUtilizationPercent, max: this.max };
      const lockHost = {
        log: (level: "warn", message: string) => host.log(level, message),
        notify: (event: "lock-wait", payload: LockWaitEvent) => host.notify(event, payload),
        isRunning: () => host.isRunning() && !this.unwatched,
        heldByPid: (pid: number) => this.heldByPid(pid),
      };
      const lockWaits = new LockWaits(pool, name, { timeoutMs: host.settings.readinessTimeoutMs, max: this.max }, lockHost);
      this.leaks = new LeakWatch(name, settings, host, this.attribute, lockWaits);
    }
    this.rawConnect = pool.connect as unknown as RawConnect;
    const { alertClearMs, sustainedMs, intervalMs, readinessTimeoutMs, readinessCacheMs, warnUtilizationPercent } = host.settings;
    const alertSettings = { alertClearMs, sustainedMs, warnUtilizationPercent, max: this.max, longLived };
    this.alerts = new PoolAlerts(name, alertSettings, performance.now(), (kind, message) => this.raiseAlert(kind, message));
    this.errors = new ConnectionErrors(name, intervalMs, (message) => host.log("warn", message));
    const probeSettings = { timeoutMs: readinessTimeoutMs, cacheMs: readinessCacheMs };
    this.serve = new ServeState(
      pool,
      this.rawConnect,
      probeSettings,
      (error) => this.connectionError(error),
      () => this.counts().totalCount,
    );
    this.readiness = new PoolReadiness(this.serve, this.end, kind, () => this.clients.lost);
    this.instrument();
  }

  /** The checked-out client whose backend is `pid` (pg-pool's `_clients`: at most `max`), with its checkout. */
  private heldByPid(pid: number): CheckoutRecord | undefined {
    const all = (this.pool as unknown as { _clients?: unknown })._clients;
    if (!Array.isArray(all)) return undefined;
    for (const client of all as Array<{ processID?: unknown }>) {
      if (client?.processID === pid) return this.clients.current(client);
    }
    return undefined;
  }

  private instrument(): void {
    const host = this.host;
    const capture = {
      attributeAll: this.longLived,
      sampleSite: () => host.sampleSite(),
      policy: this.leaks?.capture,
      isRunning: () => host.isRunning(),
    };
    this.wrapper = instrumentConnect(this.pool, this.rawConnect, capture, this);
    this.pool.on("release", this.onRelease);
    this.pool.on("remove", this.onRemove);
    this.pool.on("error", this.onPoolError);
  }

  /** pg-pool answered a checkout (see instrumented-connect.ts). */
  connected(...[err, client, startedAt, captured, sampled, helper]: Parameters<CheckoutObserver["connected"]>): void {
    if (this.unwatched) return;
    try {
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
          // Refused for want of a slot while the pool has connections: the server is up, and they serve.
          if (!refusedForSlots(err) || this.counts().totalCount === 0) this.serve.connectFailed(err);
          this.connectionError(err);
        }
        return;
      }
      this.wait.record(now - startedAt);
      this.serve.checkedOut();
      const record = newCheckoutRecord(now, captured, helper, client);
      // Queued, not attributed: attributing formats the stack, which never happens in the application's call.
      if (sampled && captured) this.samples.add(record);
      if (this.clients.checkedOut(client, record)) {
        // A checked-out client whose backend dies emits `error`; with no listener that would crash the process.
        client.on("error", this.onClientError);
        // The server's FATAL error is the first word of a broken connection, and often the only one with a code.
        const broken = client;
        const detach = onServerFatal(client, (error) => this.brokenConnection(broken, error));
        if (detach) this.clients.onDetach(client, detach);
      }
      if (this.leaks && this.host.isRunning()) this.leaks.arm(record);
      // Observing "nobody waits" only matters to an open episode (it may close it).
      if (this.alerts.waitingOpen && this.pool.waitingCount === 0) this.alerts.waiting(false, now, this.waitingMessage);
      this.alerts.utilization(this.used(), now);
    } catch {
      // Instrumentation must never break the application's connect().
    }
  }

  private readonly onRelease = (_err: Error | undefined, client: pg.PoolClient): void => {
    try {
      const record = this.clients.ended(client);
      if (!record) return;
      const now = performance.now();
      const heldMs = now - record.startedAt;
      this.use.record(heldMs);
      if (record.entry) releaseFromSite(record.entry, heldMs, record);
      else if (record.pendingSite) record.heldMs = heldMs;
      this.leaks?.released(record, now);
      // pg-pool emits `release` before the client is idle again (or removed): it still counts as used here.
      this.alerts.utilization(this.used() - 1, now);
    } catch {
      // see connected()
    }
  };

  private readonly onRemove = (client: pg.PoolClient): void => {
    // pg-pool removes a client after its release (already forgotten then); this covers any other way out.
    const record = this.clients.ended(client);
    if (!record) return;
    this.leaks?.forgotten(record, performance.now());
    if (record.entry) forgetAtSite(record.entry, record);
  };

  // An idle connection cut off (pool `error`, which passes the client) or a checked-out one whose backend died
  // (client `error`, whose `this` is the client).
  private readonly onPoolError = (error: unknown, client?: unknown): void => this.brokenConnection(client, error);
  private readonly onClientError = ((self: WatchedPool) =>
    function (this: unknown, error: unknown): void {
      self.brokenConnection(this, error);
    })(this);

  /** One broken connection is one connection error, however many `error` events pg raises for it. */
  private brokenConnection(client: unknown, error: unknown): void {
    if (this.unwatched) return;
    if (this.errors.firstBreak(client)) this.connectionError(error);
    const record = this.clients.broke(client, error);
    // Already reported: its report named the site, the lines about the break do not (drill n).
    if (record?.reported) this.leaks?.lostAfterReport(record);
  }

  private connectionError(error: unknown): void {
    try {
      const now = performance.now();
      // A refused connection says what the pool had open: stuck below its `max`, or never connected.
      const context = refusedForSlots(error) ? messages.refusedAt(this.counts().totalCount, this.max) : undefined;
      this.errors.record(error, now, context);
      this.serve.distrust();
      const detail = context === undefined ? errorMessage(error) : `${errorMessage(error)}; ${context}`;
      this.alerts.connectionErrors(true, now, () => messages.connectionErrorAlert(this.name, errorKind(error), detail));
    } catch {
      // see connected()
    }
  }

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
  checkWaiting(): void {
    try {
      if (this.pool.waitingCount === 0 || this.pool.idleCount > 0) return;
      this.alerts.waiting(true, performance.now(), this.waitingMessage);
    } catch {
      // see connected()
    }
  }

  private raiseAlert(kind: AlertEvent["kind"], message: string): void {
    const { totalCount, idleCount, waitingCount, utilizationPercent } = this.counts();
    this.host.notify("alert", { poolName: this.name, kind, message, totalCount, idleCount, waitingCount, utilizationPercent });
  }

  private readonly waitingMessage = (timedOut = 0): string => {
    this.attributeHeld();
    const holding = this.sites.sorted().filter((entry) => entry.held > 0);
    // The clients out whose site nobody knows (not captured, not sampled): said, so the named ones do not pass for all.
    const named = holding.reduce((sum, entry) => sum + entry.held, 0);
    const unnamed = Math.max(0, this.used() - named);
    const top = holding.slice(0, TOP_HOLDERS_IN_LOG);
    // No connection open: nobody holds the pool, the callers wait for connections to open (drill o, a hung server).
    const noneOpen =
      this.counts().totalCount === 0
        ? messages.noConnectionOpen(this.max, this.connections.connecting(), this.serve.failure())
        : undefined;
    return messages.waitingWarning(this.name, this.pool.waitingCount, top, unnamed, timedOut, noneOpen);
  };

  /** Open connections checked out (not those still connecting: see open-connections.ts). */
  private used(): number {
    return this.pool.totalCount - this.connections.connecting() - this.pool.idleCount;
  }

  /** The seed's counts, of open connections: a client still connecting is not one (see open-connections.ts). */
  counts(): messages.PoolCounts {
    const totalCount = this.pool.totalCount - this.connections.connecting();
    const idleCount = this.pool.idleCount;
    return {
      totalCount,
      idleCount,
      waitingCount: this.pool.waitingCount,
      max: this.max,
      utilizationPercent: Math.round((100 * (totalCount - idleCount)) / this.max),
    };
  }

  /** The periodic tick: one log line (info, or the warning it escalates to) and the alert episodes. */
  tick(): void {
    if (this.retired) return;
    const counts = this.counts();
    const now = performance.now();
    const timedOut = this.timeouts - this.timeoutsReported;
    this.timeoutsReported = this.timeouts;
    this.alerts.utilization(counts.totalCount - counts.idleCount, now);
    this.alerts.utilization(counts.totalCount - counts.idleCount, now, true);
    this.alerts.connectionErrors(this.errors.tick(now), now, () => "");
    // An ending pool never serves its queue (see messages.strandedCallers): its callers wait on no holder.
    const ending = this.pool.ending === true;
    if (counts.waitingCount > 0 && !ending) {
      this.host.log("warn", this.waitingMessage(timedOut));
      this.alerts.waiting(true, now, this.waitingMessage);
      return;
    }
    this.alerts.waiting(false, now, this.waitingMessage);
    const stalled = this.connections.stalled();
    let unservable =
      this.serve.reason() ?? (stalled > 0 ? messages.stalledConnects(stalled) : undefined) ?? this.readiness.readOnlyReason();
    if (ending && counts.waitingCount > 0) unservable = `${unservable}; ${messages.strandedCallers(counts.waitingCount)}`;
    // pool.end() finished: said once more, then nothing is left to watch (see retire()).
    const ended = this.pool.ended === true;
    if (ended) unservable = `${unservable}; ${messages.lastLine(this.name, this.end.stillWanted())}`;
    const line = messages.periodicLine(this.name, counts, {
      unservable,
      lost: this.clients.lost,
      timedOut,
      warnUtilizationPercent: this.longLived ? undefined : this.host.settings.warnUtilizationPercent,
    });
    this.host.log(line.level, line.message);
    if (ended) this.retire();
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
      this.leaks?.stop();
      this.sites.clear();
      this.pool.off("release", this.onRelease);
      this.pool.off("remove", this.onRemove);
      this.pool.off("error", this.onPoolError);
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
      max: this.max,
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
    if (this.wrapper === undefined) return;
    detachFromPool(this.pool, {
      wrapper: this.wrapper,
      raw: this.rawConnect,
      onRelease: this.onRelease,
      onRemove: this.onRemove,
      onPoolError: this.onPoolError,
      onClientError: this.onClientError,
      detachClient: (client) => this.clients.detach(client),
      checkedOut: (client) => this.clients.current(client) !== undefined,
    });
  }
}
