// What a stress run measured and what it concludes: latency percentiles, failure counts, and the verdict, which tells
// the operations guide's three causes of waiting apart — a leak (active connections do not come back down between
// waves, or the monitor reports leaks), slow queries (a site holds its clients far longer than the pool's history)
// and saturation (clients waited but everything came back: more concurrency than `max`) — unless the pool could not
// open its connections (connection errors on the monitor's /metrics meanwhile): then it is failing, not saturated.
import { errorsBetween, type PoolMetrics } from "./stress-metrics.js";

/** One pool as /readyz reports it (the seed's shape), with the per-site view of `?verbose=1` when served. */
export interface PoolFigures {
  poolName: string;
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  utilizationPercent: number;
  sites?: SiteFigures[];
}

export interface SiteFigures {
  site: string;
  fn?: string;
  checkouts: number;
  held: number;
  holdMsMean?: number;
  holdMsP95?: number;
  holdMsMax?: number;
  /** How long the longest-held client still out from this site has been held (a monitor that reports it). */
  heldMsMax?: number;
  leaks: number;
}

/** What /readyz told us: the pools, a refusal (the pool view answers internal addresses only), or nothing usable. */
export type PoolView =
  | { kind: "pools"; httpStatus: number; status: string; pools: PoolFigures[] }
  | { kind: "forbidden" }
  | { kind: "unavailable"; reason: string };

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface WaveResult {
  wave: number;
  requests: number;
  ok: number;
  failed: number;
  /** Failures by HTTP status ("503") or error code ("ECONNRESET", "timeout"). */
  failures: Record<string, number>;
  latencyMs: Latency;
  /** The most clients seen waiting per pool while the wave was in flight or right after it. */
  peakWaiting: Record<string, number>;
  /**
   * The most connections seen open per pool while clients waited: pg-pool queues a caller only once it has `max`
   * connections, so this is the pool's `max` (absent when nobody waited).
   */
  maxWhileWaiting?: Record<string, number>;
  after: PoolView;
}

export type Verdict = "healthy" | "leak suspected" | "slow" | "saturated" | "failing";

/** A CI step can tell the causes apart: 2 is taken by bad flags and an unreachable server. */
export const EXIT_CODES: Record<Verdict, number> = {
  healthy: 0,
  "leak suspected": 1,
  failing: 1,
  saturated: 3,
  slow: 4,
};

/** The operations guide: "Investigate slow queries if connections held for >1 second". */
export const SLOW_HOLD_MS = 1000;
/** A site is slow against its own history when its p95 hold time grew this many times (and by SLOW_HOLD_MS / 10). */
export const SLOW_FACTOR = 4;
/** Checkouts a site needs before the run for its hold times to count as history. */
const MIN_HISTORY_CHECKOUTS = 5;
export interface StressSummary {
  requests: number;
  ok: number;
  failed: number;
  failureRate: number;
  failures: Record<string, number>;
  latencyMs: Latency;
  verdict: Verdict;
  evidence: string[];
  exitCode: number;
}

/** Nearest-rank percentile of an ascending array; 0 for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function latencyOf(samplesMs: readonly number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : 0),
  };
}

export function activeCount(pool: PoolFigures): number {
  return Math.max(0, pool.totalCount - pool.idleCount);
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ×${n}`)
    .join(", ");
}

/** Active connections of each pool: before the first wave, then after each wave that read the pools. */
function activeSeries(initial: PoolView, waves: readonly WaveResult[]): Map<string, number[]> {
  const series = new Map<string, number[]>();
  if (initial.kind !== "pools") return series;
  for (const pool of initial.pools) series.set(pool.poolName, [activeCount(pool)]);
  for (const wave of waves) {
    if (wave.after.kind !== "pools") continue;
    for (const pool of wave.after.pools) series.get(pool.poolName)?.push(activeCount(pool));
  }
  return series;
}

/**
 * A pool leaks when, after every wave has answered, it holds more connections than before the first one, on at
 * least two waves in a row and never fewer: requests that finished should have given their clients back.
 */
function climbEvidence(initial: PoolView, waves: readonly WaveResult[], suspected: Set<string>): string[] {
  const evidence: string[] = [];
  for (const [poolName, series] of activeSeries(initial, waves)) {
    const [start, ...after] = series;
    if (after.length < 2) continue;
    if (Math.min(...after) <= start) continue;
    suspected.add(poolName);
    const shown = series.length > 8 ? [...series.slice(0, 4), "…", ...series.slice(-3)] : series;
    evidence.push(
      `pool '${poolName}': active connections ${shown.join(" → ")} after successive waves, never back to ${start}`,
    );
  }
  return evidence;
}

interface Waiting {
  waiting: number;
  wave: number;
  first: number;
  max: number | undefined;
}

/** Per pool, the most clients seen waiting, in which wave, from which wave, and the pool's max seen meanwhile. */
function waitingByPool(waves: readonly WaveResult[]): Map<string, Waiting> {
  const worst = new Map<string, Waiting>();
  for (const wave of waves) {
    for (const [poolName, waiting] of Object.entries(wave.peakWaiting)) {
      if (waiting <= 0) continue;
      const max = wave.maxWhileWaiting?.[poolName];
      const seen = worst.get(poolName);
      if (!seen) {
        worst.set(poolName, { waiting, wave: wave.wave, first: wave.wave, max });
        continue;
      }
      if (max !== undefined) seen.max = Math.max(seen.max ?? 0, max);
      if (waiting > seen.waiting) Object.assign(seen, { waiting, wave: wave.wave });
    }
  }
  return worst;
}

function waitingLine(poolName: string, w: Waiting): string {
  return `pool '${poolName}': clients waiting for a connection from wave ${w.first} (up to ${w.waiting} in wave ${w.wave})`;
}

/** Clients waited, yet every connection came back: the load asks for more than `max` at once. */
function saturationLine(poolName: string, w: Waiting, concurrency: number): string {
  const max = w.max === undefined ? "its max" : `max ${w.max}`;
  return (
    `pool '${poolName}': saturated — ${concurrency} concurrent requests against a pool of ${max}; clients waited ` +
    `(up to ${w.waiting} in wave ${w.wave}) but every connection came back after each wave: raise \`max\`, or queue ` +
    "the requests, if this load is real"
  );
}

/** The last wave's pool view that lists sites, per pool. */
function lastSites(waves: readonly WaveResult[]): Map<string, SiteFigures[]> {
  const found = new Map<string, SiteFigures[]>();
  for (let i = waves.length - 1; i >= 0; i--) {
    const after = waves[i].after;
    if (after.kind !== "pools") continue;
    for (const pool of after.pools) if (pool.sites && !found.has(pool.poolName)) found.set(pool.poolName, pool.sites);
  }
  return found;
}

/** The sites of the pool view before the first wave, keyed by pool and site. */
function sitesBefore(initial: PoolView): Map<string, SiteFigures> {
  const before = new Map<string, SiteFigures>();
  if (initial.kind !== "pools") return before;
  for (const pool of initial.pools) for (const site of pool.sites ?? []) before.set(`${pool.poolName}\0${site.site}`, site);
  return before;
}

/** Sites that the monitor saw leak during the run, per pool. */
function leakingSites(initial: PoolView, waves: readonly WaveResult[]): Map<string, SiteFigures[]> {
  const before = sitesBefore(initial);
  const leaking = new Map<string, SiteFigures[]>();
  for (const [poolName, sites] of lastSites(waves)) {
    const reported = sites.filter((site) => site.leaks > (before.get(`${poolName}\0${site.site}`)?.leaks ?? 0));
    if (reported.length) leaking.set(poolName, reported);
  }
  return leaking;
}

/**
 * Sites whose clients are held long compared with the pool's own history: against the site's p95 before the run
 * when it had one, otherwise against the operations guide's one second.
 */
function slowEvidence(initial: PoolView, waves: readonly WaveResult[]): string[] {
  const before = sitesBefore(initial);
  const evidence: string[] = [];
  for (const [poolName, sites] of lastSites(waves)) {
    for (const site of sites) {
      const p95 = site.holdMsP95;
      if (p95 === undefined || site.checkouts - site.held <= 0) continue;
      const history = before.get(`${poolName}\0${site.site}`);
      const base = history && history.checkouts >= MIN_HISTORY_CHECKOUTS ? history.holdMsP95 : undefined;
      const slow =
        base === undefined ? p95 >= SLOW_HOLD_MS : p95 >= SLOW_FACTOR * base && p95 - base >= SLOW_HOLD_MS / 10;
      if (!slow) continue;
      const against = base === undefined ? `over ${SLOW_HOLD_MS} ms` : `${Math.round(base)} ms before the run`;
      evidence.push(
        `pool '${poolName}': slow — ${site.site}${site.fn ? ` (${site.fn})` : ""} holds its clients ` +
          `${Math.round(p95)} ms at p95 (${against}); find the slow query there`,
      );
    }
  }
  return evidence;
}

/** Sites of the suspected pools that the monitor (`/readyz?verbose=1`) saw leak, from the last wave that had them. */
function siteEvidence(initial: PoolView, waves: readonly WaveResult[], suspected: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const [poolName, sites] of leakingSites(initial, waves)) {
    if (!suspected.has(poolName)) continue;
    for (const site of sites) {
      lines.push(`pool '${poolName}': ${site.site}${site.fn ? ` (${site.fn})` : ""} holds ${site.held}, ${site.leaks} leak(s) reported by the monitor`);
    }
  }
  return lines;
}

/**
 * Clients waited while the pool had connection errors: it could not open the connections its `max` allows (the
 * database refused them — 53300 for a role's CONNECTION LIMIT or max_connections — or was down), so more `max` would
 * not help. The errors come from the monitor's /metrics, read before and after the run.
 */
function refusedLine(poolName: string, w: Waiting, max: number | undefined, errors: Record<string, number>): string {
  const total = Object.values(errors).reduce((a, b) => a + b, 0);
  const open = w.max === undefined ? "" : `only ${w.max} of `;
  const of = max === undefined ? "its connections" : `its max ${max} connections`;
  return (
    `pool '${poolName}': cannot open connections — clients waited (up to ${w.waiting} in wave ${w.wave}) with ${open}${of} ` +
    `open, and ${total} connection error(s) during the run (${formatCounts(errors)}): the database refused or dropped ` +
    "them, so raising `max` would not help; read the monitor's connection-error lines"
  );
}

export interface RunMetrics {
  before?: PoolMetrics;
  after?: PoolMetrics;
}

export function summarize(
  initial: PoolView,
  waves: readonly WaveResult[],
  samplesMs: readonly number[],
  maxFailureRate: number,
  metrics: RunMetrics = {},
): StressSummary {
  const failures: Record<string, number> = {};
  let requests = 0;
  let ok = 0;
  for (const wave of waves) {
    requests += wave.requests;
    ok += wave.ok;
    addCounts(failures, wave.failures);
  }
  const failed = requests - ok;
  const failureRate = requests === 0 ? 0 : failed / requests;
  const suspected = new Set<string>();
  const climbs = climbEvidence(initial, waves, suspected);
  for (const poolName of leakingSites(initial, waves).keys()) suspected.add(poolName);
  const waiting = waitingByPool(waves);
  const concurrency = waves[0]?.requests ?? 0;
  const slow = slowEvidence(initial, waves);
  const evidence: string[] = [];
  let verdict: Verdict;
  if (suspected.size > 0) {
    verdict = "leak suspected";
    evidence.push(...climbs);
    for (const [poolName, w] of waiting) if (suspected.has(poolName)) evidence.push(waitingLine(poolName, w));
    evidence.push(...siteEvidence(initial, waves, suspected));
  } else if (slow.length > 0) {
    verdict = "slow";
    evidence.push(...slow);
    for (const [poolName, w] of waiting) evidence.push(waitingLine(poolName, w));
  } else if (waiting.size > 0) {
    verdict = "saturated";
    for (const [poolName, w] of waiting) {
      const max = metrics.after?.max[poolName] ?? metrics.before?.max[poolName];
      const errors = errorsBetween(metrics.before, metrics.after, poolName);
      if (Object.keys(errors).length > 0) {
        verdict = "failing";
        evidence.push(refusedLine(poolName, w, max, errors));
      } else {
        evidence.push(saturationLine(poolName, max === undefined ? w : { ...w, max }, concurrency));
      }
    }
  } else {
    verdict = "healthy";
  }
  const overLimit = failureRate > maxFailureRate;
  if (overLimit) {
    evidence.push(
      `${failed} of ${requests} requests failed (${(failureRate * 100).toFixed(1)}%, limit ${(maxFailureRate * 100).toFixed(1)}%): ${formatCounts(failures)}`,
    );
    if (verdict === "healthy") verdict = "failing";
  }
  return {
    requests,
    ok,
    failed,
    failureRate,
    failures,
    latencyMs: latencyOf(samplesMs),
    verdict,
    evidence,
    exitCode: EXIT_CODES[verdict],
  };
}
