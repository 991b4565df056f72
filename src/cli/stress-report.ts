// What a stress run measured and what it concludes: latency percentiles, failure counts, and the verdict —
// "leak suspected" when a pool's active connections climb wave after wave and never come back, or clients wait.

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
  after: PoolView;
}

export type Verdict = "healthy" | "leak suspected" | "failing";

export interface StressSummary {
  requests: number;
  ok: number;
  failed: number;
  failureRate: number;
  failures: Record<string, number>;
  latencyMs: Latency;
  verdict: Verdict;
  evidence: string[];
  exitCode: 0 | 1;
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

function waitingEvidence(waves: readonly WaveResult[], suspected: Set<string>): string[] {
  const worst = new Map<string, { waiting: number; wave: number; first: number }>();
  for (const wave of waves) {
    for (const [poolName, waiting] of Object.entries(wave.peakWaiting)) {
      if (waiting <= 0) continue;
      const seen = worst.get(poolName);
      if (!seen) worst.set(poolName, { waiting, wave: wave.wave, first: wave.wave });
      else if (waiting > seen.waiting) worst.set(poolName, { ...seen, waiting, wave: wave.wave });
    }
  }
  for (const poolName of worst.keys()) suspected.add(poolName);
  return [...worst].map(
    ([poolName, w]) =>
      `pool '${poolName}': clients waiting for a connection from wave ${w.first} (up to ${w.waiting} in wave ${w.wave})`,
  );
}

/** Sites of the suspected pools that the monitor (`/readyz?verbose=1`) saw leak, from the last wave that had them. */
function siteEvidence(waves: readonly WaveResult[], suspected: ReadonlySet<string>): string[] {
  for (let i = waves.length - 1; i >= 0; i--) {
    const after = waves[i].after;
    if (after.kind !== "pools") continue;
    const lines: string[] = [];
    for (const pool of after.pools) {
      if (!suspected.has(pool.poolName)) continue;
      for (const site of pool.sites ?? []) {
        if (site.leaks > 0) {
          lines.push(`pool '${pool.poolName}': ${site.site}${site.fn ? ` (${site.fn})` : ""} holds ${site.held}, ${site.leaks} leak(s) reported by the monitor`);
        }
      }
    }
    if (lines.length) return lines;
  }
  return [];
}

export function summarize(initial: PoolView, waves: readonly WaveResult[], samplesMs: readonly number[], maxFailureRate: number): StressSummary {
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
  const leakEvidence = [...climbEvidence(initial, waves, suspected), ...waitingEvidence(waves, suspected)];
  const evidence = [...leakEvidence, ...siteEvidence(waves, suspected)];
  const overLimit = failureRate > maxFailureRate;
  if (overLimit) {
    evidence.push(
      `${failed} of ${requests} requests failed (${(failureRate * 100).toFixed(1)}%, limit ${(maxFailureRate * 100).toFixed(1)}%): ${formatCounts(failures)}`,
    );
  }
  const verdict: Verdict = leakEvidence.length ? "leak suspected" : overLimit ? "failing" : "healthy";
  return {
    requests,
    ok,
    failed,
    failureRate,
    failures,
    latencyMs: latencyOf(samplesMs),
    verdict,
    evidence,
    exitCode: verdict === "healthy" ? 0 : 1,
  };
}
