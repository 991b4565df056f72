// PoolMonitor: watches pg pools, logs the seed's lines, raises alerts, reports leaks with the line that acquired
// the client, and answers /readyz. Nothing it does may throw into the application or keep the process alive.
import { EventEmitter } from "node:events";
import type pg from "pg";
import type {
  AlertEvent,
  LeakEvent,
  LockWaitEvent,
  MonitorLogger,
  PoolMonitorOptions,
  PoolSnapshot,
  PoolStats,
  ReadinessSnapshot,
  SiteStats,
  WatchOptions,
} from "./monitor-types.js";
import { ignoreRejection } from "./ignore-rejection.js";
import { forgottenPoolsLine } from "./pool-messages.js";
import { DEFAULT_PROBE_CACHE_MS, DEFAULT_PROBE_TIMEOUT_MS } from "./readiness-probe.js";
import { captureStacksOption } from "./capture-policy.js";
import type { MonitorHost, MonitorSettings } from "./monitor-host.js";
import { WatchedPool } from "./watched-pool.js";
import { WatchedSet } from "./watched-set.js";

export type * from "./monitor-types.js";

/**
 * Share of checkouts whose stack is captured to count them per acquire site (formatted later, outside the
 * checkout). A sample is taken cold, between the application's queries: measured there (10 callers of
 * `withClient(pool, c => c.query("SELECT 1"))` against a real PostgreSQL) a capture took ~47 µs and its formatting
 * ~30–40 µs, ten times what a loop of captures shows (bench/runtime-micro.ts). One in a hundred added 1.5–2 µs to
 * every query, most of leak detection's cost in a healthy pool; one in a thousand adds ~0.1–0.3 µs and still ranks
 * the sites of a busy pool. See the README's cost table.
 */
export const DEFAULT_SITE_SAMPLE_RATE = 0.001;
const VERBOSE_SITES = 10;

function positive(name: string, value: unknown, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new TypeError(
      `PoolMonitor: \`${name}\` must be a ${allowZero ? "non-negative" : "positive"} number, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

// Node clamps a longer timer delay to 1 ms (with a warning): refuse it instead.
const MAX_TIMER_MS = 2_147_483_647;

function delay(name: string, value: unknown, fallback: number): number {
  const ms = positive(name, value, fallback);
  if (ms > MAX_TIMER_MS) {
    throw new TypeError(`PoolMonitor: \`${name}\` must be at most ${MAX_TIMER_MS} ms (about 24.8 days), got ${ms}`);
  }
  return ms;
}

// One line per pool per interval is the monitor's whole log budget; under a second it floods (and `30`, meant as
// seconds, would log 33 lines a second).
export const MIN_INTERVAL_MS = 1000;

function interval(value: unknown): number {
  const ms = delay("intervalMs", value, 30_000);
  if (ms < MIN_INTERVAL_MS) {
    throw new TypeError(
      `PoolMonitor: \`intervalMs\` is in milliseconds and must be at least ${MIN_INTERVAL_MS}, got ${ms}; ` +
        `for 30 seconds write \`intervalMs: 30_000\``,
    );
  }
  return ms;
}

function resolveOptions(options: PoolMonitorOptions) {
  const rate = positive("siteSampleRate", options.siteSampleRate, DEFAULT_SITE_SAMPLE_RATE, true);
  if (rate > 1) throw new TypeError(`PoolMonitor: \`siteSampleRate\` must be between 0 and 1, got ${rate}`);
  const warn = positive("warnUtilizationPercent", options.warnUtilizationPercent, 80, true);
  if (warn > 100) throw new TypeError(`PoolMonitor: \`warnUtilizationPercent\` must be at most 100, got ${warn}`);
  const maxSites = positive("maxSitesPerPool", options.maxSitesPerPool, 200);
  if (!Number.isInteger(maxSites)) {
    throw new TypeError(`PoolMonitor: \`maxSitesPerPool\` must be a positive integer, got ${maxSites}`);
  }
  const logger = options.logger ?? console;
  if (typeof logger?.info !== "function" || typeof logger.warn !== "function") {
    throw new TypeError("PoolMonitor: `logger` must have `info` and `warn` methods (pino, winston and console do)");
  }
  const intervalMs = interval(options.intervalMs);
  return {
    logger,
    intervalMs,
    siteSampleRate: rate,
    settings: {
      warnUtilizationPercent: warn,
      leakDetectionMs:
        options.leakDetectionMs === undefined ? undefined : delay("leakDetectionMs", options.leakDetectionMs, 0),
      sustainedMs: positive("sustainedMs", options.sustainedMs, 300_000, true),
      maxSitesPerPool: maxSites,
      alertClearMs: positive("alertClearMs", options.alertClearMs, 30_000, true),
      readinessTimeoutMs: delay("readinessTimeoutMs", options.readinessTimeoutMs, DEFAULT_PROBE_TIMEOUT_MS),
      readinessCacheMs: positive("readinessCacheMs", options.readinessCacheMs, DEFAULT_PROBE_CACHE_MS, true),
      intervalMs,
      captureStacks: captureStacksOption(options.captureStacks),
    } satisfies MonitorSettings,
  };
}

export class PoolMonitor extends EventEmitter {
  private readonly logger: MonitorLogger;
  private readonly intervalMs: number;
  private readonly siteSampleRate: number;
  /** Held weakly: a pool the application drops without end() is collected with what the monitor kept (watched-set.ts). */
  private readonly pools = new WatchedSet();
  private readonly host: MonitorHost;
  private timer: ReturnType<typeof setInterval> | undefined;
  private running = true;
  // Deterministic sampling: every 1/rate-th checkout, so a rate of 0.05 is exactly one in twenty.
  private sampleCredit = 0;

  constructor(options: PoolMonitorOptions = {}) {
    super();
    const resolved = resolveOptions(options);
    this.logger = resolved.logger;
    this.intervalMs = resolved.intervalMs;
    this.siteSampleRate = resolved.siteSampleRate;
    this.host = {
      settings: resolved.settings,
      isRunning: () => this.running,
      sampleSite: this.sampleSite,
      log: (level, message) => this.log(level, message),
      notify: (event: "leak" | "alert" | "lock-wait", payload: LeakEvent | AlertEvent | LockWaitEvent) => this.notify(event, payload),
    };
  }

  watch(pool: pg.Pool, options: WatchOptions): this {
    if (!pool || typeof pool.connect !== "function" || typeof pool.on !== "function") {
      throw new TypeError("PoolMonitor.watch: expected a pg `Pool` as the first argument");
    }
    const name = options?.name;
    if (typeof name !== "string" || name === "") {
      throw new TypeError(`PoolMonitor.watch: \`name\` must be a non-empty string, got ${JSON.stringify(name)}`);
    }
    for (const watched of this.pools.all()) {
      // A pool re-created after its predecessor ended (a reconnect, a configuration reload) takes over its name.
      if (watched.name === name && watched.pool !== pool && watched.ended) {
        watched.unwatch();
        this.pools.remove(watched);
        break;
      }
    }
    for (const watched of this.pools.all()) {
      if (watched.name === name) {
        throw new Error(`PoolMonitor.watch: a pool named '${name}' is already watched; give each pool its own name`);
      }
      if (watched.pool === pool) {
        throw new Error(`PoolMonitor.watch: this pool is already watched as '${watched.name}'; watch it once`);
      }
    }
    this.pools.add(new WatchedPool(pool, name, { longLived: options.longLived === true, writes: options.writes === true }, this.host));
    return this;
  }

  /**
   * Stops watching a pool, given as the pool or its name: its state, timers and metrics' series are dropped, and the
   * pool is left as it was before watch() (its `connect` and listeners restored). For a pool the service ends on
   * purpose, or before replacing it; an ended pool that nothing asks for leaves by itself. Idempotent, never throws;
   * true when the pool was watched.
   */
  unwatch(poolOrName: pg.Pool | string): boolean {
    try {
      const watched = this.pools
        .all()
        .find((each) => (typeof poolOrName === "string" ? each.name === poolOrName : each.pool === poolOrName));
      if (watched === undefined) return false;
      this.pools.remove(watched);
      watched.unwatch();
      return true;
    } catch {
      // Called from shutdown and reload paths: it must not throw.
      return false;
    }
  }

  start(): this {
    this.running = true;
    if (this.timer === undefined) {
      this.timer = setInterval(() => this.tick(), this.intervalMs);
      this.timer.unref();
      for (const watched of this.pools.all()) {
        try {
          watched.resumeLeakTimers();
        } catch {
          // A pool's trouble must not stop the monitor from starting.
        }
      }
    }
    return this;
  }

  stop(): void {
    try {
      this.running = false;
      if (this.timer !== undefined) clearInterval(this.timer);
      this.timer = undefined;
      for (const watched of this.pools.all()) watched.stopLeakTimers();
    } catch {
      // stop() is called from shutdown paths: it must not throw.
    }
  }

  /** The seed's /readyz body from what is known now (no database round trip). */
  snapshot(): ReadinessSnapshot {
    const timestamp = new Date().toISOString();
    const listed = this.listed();
    const pools = listed.map((watched) => watched.snapshot(timestamp));
    const status = listed.some((watched) => watched.cannotServe()) ? "unavailable" : "ok";
    return { status, timestamp, pools };
  }

  /**
   * Like snapshot(), after a round trip of the readiness query per pool (bounded by `readinessTimeoutMs`, cached for
   * `readinessCacheMs`); a pool that cannot serve carries its `reason`. Never rejects.
   */
  async readiness(options: { verbose?: boolean } = {}): Promise<ReadinessSnapshot> {
    try {
      // The pools as they are now: one unwatched during the round trips must not shift the answers onto another.
      const listed = this.listed();
      const answers = await Promise.all(
        listed.map((watched) => watched.ready().catch(() => ({ ok: false, reason: "the readiness check failed" }))),
      );
      const timestamp = new Date().toISOString();
      const pools: PoolSnapshot[] = listed.map((watched, index) => {
        const snapshot = watched.snapshot(timestamp);
        const reason = answers[index]?.reason;
        if (reason !== undefined) snapshot.reason = reason;
        if (options?.verbose) snapshot.sites = this.sites(watched.name).slice(0, VERBOSE_SITES);
        return snapshot;
      });
      return { status: answers.every((answer) => answer.ok) ? "ok" : "unavailable", timestamp, pools };
    } catch {
      return { status: "unavailable", timestamp: new Date().toISOString(), pools: [] };
    }
  }

  stats(): PoolStats[] {
    return this.listed().map((watched) => watched.stats());
  }

  /** The pools /readyz and /metrics show: an ended pool nothing asks for is left out before its last line drops it. */
  private listed(): WatchedPool[] {
    return this.pools.all().filter((watched) => !watched.gone);
  }

  /** Acquire sites, most held first, then most total hold time; all pools when no name is given. */
  sites(poolName?: string): SiteStats[] {
    const entries = this.pools
      .all()
      .filter((watched) => poolName === undefined || watched.name === poolName)
      .flatMap((watched) => {
        watched.attributeHeld();
        return watched.sites.sorted();
      });
    if (poolName === undefined) entries.sort((a, b) => b.held - a.held || b.hold.sumMs - a.hold.sumMs);
    return entries.map((entry) => entry.toStats());
  }

  private tick(): void {
    this.sayForgotten();
    for (const watched of this.pools.all()) {
      try {
        watched.tick();
        // Its last line said it has ended and that nothing asks for it: it leaves (see pool-end.ts).
        if (watched.lastLineSaid && watched.gone) this.unwatch(watched.pool);
      } catch {
        // One pool's trouble must not silence the others.
      }
    }
    try {
      if (this.listenerCount("stats") > 0) this.notify("stats", this.stats());
    } catch {
      // see above
    }
  }

  /** Pools collected without end() since the last tick (drill jj): one line, however many. */
  private sayForgotten(): void {
    const forgotten = this.pools.takeForgotten();
    if (forgotten === undefined) return;
    this.log("warn", forgottenPoolsLine(forgotten.count, forgotten.last));
  }

  // An arrow, handed as it is to each watched pool's connect wrapper (the host's `sampleSite`): one call a checkout,
  // where a method behind two forwarding arrows was three (runtime-30's counts, docs/benchmarks.md).
  private readonly sampleSite = (): boolean => {
    if (this.siteSampleRate === 0) return false;
    this.sampleCredit += this.siteSampleRate;
    if (this.sampleCredit < 1) return false;
    this.sampleCredit -= 1;
    return true;
  };

  private log(level: "info" | "warn", message: string): void {
    try {
      ignoreRejection(this.logger[level](message));
    } catch {
      // A broken logger must not break the pool.
    }
  }

  /** emit() with each listener guarded: one that throws (or rejects) neither escapes nor silences the others. */
  private notify(event: string, payload: unknown): void {
    for (const listener of this.rawListeners(event)) {
      try {
        ignoreRejection((listener as (value: unknown) => unknown).call(this, payload));
      } catch {
        // see above
      }
    }
  }
}
