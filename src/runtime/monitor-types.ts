// The shapes the monitor hands out: the seed's /readyz body, the figures behind /metrics, and its events.
import type { CaptureStacks } from "./capture-policy.js";
import type { HistogramSnapshot } from "./histogram.js";
import type { SiteStats } from "./site-table.js";

export type { HistogramSnapshot } from "./histogram.js";
export type { SiteStats } from "./site-table.js";
export type { LeakEvent } from "./leak-detector.js";
export type { LockBlocker, LockWaitEvent } from "./lock-waits.js";
export type { CaptureStacks } from "./capture-policy.js";

/** Anything with `info` and `warn` taking one string: pino, winston, console. */
export interface MonitorLogger {
  info(message: string): unknown;
  warn(message: string): unknown;
}

export interface PoolMonitorOptions {
  /** Default `console`. Called with one string argument; a logger that throws is contained. */
  logger?: MonitorLogger;
  /** How often each pool logs its utilisation and the `stats` event fires, in ms; at least 1000. Default 30000. */
  intervalMs?: number;
  /** Above this utilisation the periodic line becomes a warning. Default 80. */
  warnUtilizationPercent?: number;
  /** Report a client held longer than this, with the stack that acquired it. Off when undefined, and for `longLived` pools. */
  leakDetectionMs?: number;
  /** Mean utilisation (time-weighted) over this long above the threshold raises a `sustained-utilization` alert. Default 300000. */
  sustainedMs?: number;
  /** An alert episode ends only after its condition has been clear this long (hysteresis). Default 30000. */
  alertClearMs?: number;
  /** The /readyz round trip (the readiness query: see readiness-probe.ts) must answer within this. Default 2000. */
  readinessTimeoutMs?: number;
  /** A readiness answer is reused this long, so a storm of probes costs one query. Default 1000. */
  readinessCacheMs?: number;
  /** Share of checkouts attributed to their acquire site (0..1). Default 0.001. */
  siteSampleRate?: number;
  /**
   * Which checkouts carry a stack for leak detection. `"adaptive"` (default): the sampled ones in a healthy pool,
   * every one while the pool is under pressure (utilisation ≥ half of `warnUtilizationPercent`, or anyone waiting)
   * and after a leak was reported without a stack. `"always"`: every checkout (HikariCP's behaviour, a few µs each).
   */
  captureStacks?: CaptureStacks;
  /** Acquire sites kept per pool, least recently seen evicted. Default 200. */
  maxSitesPerPool?: number;
}

export interface WatchOptions {
  name: string;
  /**
   * A pool of held LISTEN connections: being full is normal, so it never warns for utilisation, and holding a client
   * is normal, so leak detection is off for it (`leakDetectionMs` applies to the other pools); every checkout is
   * attributed to its site instead.
   */
  longLived?: boolean;
  /**
   * The application writes through this pool: a database whose sessions are read-only (a hot standby, or
   * `default_transaction_read_only`), where every write fails with 25006, makes the pool unavailable. Without it the
   * readiness answer stays ok (reads run) and marks the pool `readOnly: true`.
   */
  writes?: boolean;
}

export interface PoolSnapshot {
  poolName: string;
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  utilizationPercent: number;
  timestamp: string;
  /** Only from `readiness()`, when the pool cannot serve: why (e.g. `no answer to the readiness query (…) within 2000 ms`). */
  reason?: string;
  /** The last readiness round trip's session was read-only: a query runs, a write fails with 25006. */
  readOnly?: true;
  /** Only with `readiness({ verbose: true })`: the top 10 acquire sites. */
  sites?: SiteStats[];
}

export interface ReadinessSnapshot {
  status: "ok" | "unavailable";
  timestamp: string;
  pools: PoolSnapshot[];
}

export interface PoolStats {
  poolName: string;
  max: number;
  totalCount: number;
  idleCount: number;
  usedCount: number;
  waitingCount: number;
  /**
   * Connections being opened for callers (pg-pool counts them in its own totalCount; here they are in neither
   * totalCount nor usedCount until they are open): each a caller waiting for its connection.
   */
  connectingCount: number;
  /**
   * Checked-out clients whose connection broke (the server closed it, the network cut it) and that the application
   * has not given back: counted in usedCount, their queries fail. Released with `client.release(err)`, the pool
   * replaces them.
   */
  lostCount: number;
  /** Cumulative: connect() calls rejected with "timeout exceeded when trying to connect". */
  timeouts: number;
  /** Cumulative: connect() calls that failed for any other reason. */
  connectErrors: number;
  /** Cumulative connection errors by kind (`ECONNREFUSED`, `57P01`, `timeout`…): failed connects, broken connections, failed readiness round trips. */
  connectionErrors: Record<string, number>;
  /** From the `connect()` call to the client being handed out. */
  waitTime: HistogramSnapshot;
  /** From checkout to release. */
  useTime: HistogramSnapshot;
  longLived: boolean;
}

export interface AlertEvent {
  poolName: string;
  kind: "waiting" | "sustained-utilization" | "connection-errors";
  message: string;
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  utilizationPercent: number;
}
