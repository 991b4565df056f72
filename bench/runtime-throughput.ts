// Throughput of `withClient` + `SELECT 1` against a real PostgreSQL, side by side: a bare pool, a watched pool
// (site sampling at its default), a watched pool with leak detection on (stacks captured as `captureStacks:
// "adaptive"` decides, the checkout tracked), the same capturing every checkout (`"always"`), and a watched pool
// sampling every checkout (`siteSampleRate: 1`). Each variant has
// its own pool, all connections opened before timing starts; windows alternate between variants, in a rotating
// order, so drift on this shared machine falls on every variant alike. Each window also records this process's CPU
// time per query, the cost the monitor puts on the application itself.
import pg from "pg";
import { PoolMonitor, withClient, type PoolMonitorOptions } from "../src/runtime/index.js";
import { median, summarize, type Summary } from "./stats.js";

export type VariantName = "bare" | "watched" | "watched+leakDetection" | "watched+leakDetection+always" | "watched+sampleRate1";

interface Variant {
  name: VariantName;
  /** undefined: not watched. */
  monitor: PoolMonitorOptions | undefined;
}

/** Never fires for `SELECT 1`: what is measured is tracking the checkout and capturing the stack. */
export const LEAK_DETECTION_MS = 10_000;

const silent = { info: () => {}, warn: () => {} };

export const variants: readonly Variant[] = [
  { name: "bare", monitor: undefined },
  { name: "watched", monitor: { logger: silent } },
  { name: "watched+leakDetection", monitor: { logger: silent, leakDetectionMs: LEAK_DETECTION_MS } },
  {
    name: "watched+leakDetection+always",
    monitor: { logger: silent, leakDetectionMs: LEAK_DETECTION_MS, captureStacks: "always" },
  },
  { name: "watched+sampleRate1", monitor: { logger: silent, siteSampleRate: 1 } },
];

export interface ThroughputOptions {
  databaseUrl: string;
  concurrencies: readonly number[];
  rounds: number;
  windowMs: number;
  /** The seed's main pool size. */
  poolMax: number;
  progress: (line: string) => void;
}

export interface VariantFigures {
  variant: VariantName;
  /** Queries per second over the rounds. */
  opsPerSecond: Summary;
  /** Median over the rounds of (ops/s of this variant ÷ ops/s of the bare pool in the same round). */
  ratio: number;
  /** The ratio of each round (each round runs the variants back to back). */
  roundRatios: Summary;
  /**
   * CPU time of this process (user + system) per query, µs, over the rounds: what the variant costs the application
   * itself, less swayed by neighbours on a shared machine than its throughput.
   */
  cpuMicrosPerQuery: Summary;
  /** Median over the rounds of (CPU µs per query of this variant − that of the bare pool in the same round). */
  addedCpuMicrosPerQuery: number;
  /**
   * Median over the rounds of (bare CPU µs per query ÷ this variant's, same round): queries per CPU second against
   * the bare pool's. 1 / this is the variant's CPU per query as a multiple of bare.
   */
  cpuRatio: number;
}

export interface ConcurrencyFigures {
  concurrency: number;
  /**
   * Fewer callers than half of `warnUtilizationPercent` (80) of the pool: the pool never reaches the pressure at
   * which `captureStacks: "adaptive"` captures every checkout.
   */
  healthy: boolean;
  variants: VariantFigures[];
}

export interface ThroughputResult {
  poolMax: number;
  windowMs: number;
  rounds: number;
  concurrencies: ConcurrencyFigures[];
  /** Worst (lowest) throughput ratio over the concurrencies, per variant. */
  worst: Record<Exclude<VariantName, "bare">, { ratio: number; concurrency: number }>;
  /** Worst (lowest) CPU ratio over the healthy concurrencies, per variant (undefined values when none is healthy). */
  worstCpuHealthy: Record<Exclude<VariantName, "bare">, { cpuRatio: number; concurrency: number } | undefined>;
}

/** Half of the monitor's default warnUtilizationPercent (80): where "adaptive" starts capturing every checkout. */
const PRESSURE_PERCENT = 40;

interface WindowFigures {
  opsPerSecond: number;
  cpuMicrosPerQuery: number;
}

/**
 * `settle` runs inside the timing, after the last query: the monitor formats sampled stacks shortly after their
 * checkout, outside it, and that work is this variant's — left to its timer it would land in the next pool's window.
 */
async function runWindow(pool: pg.Pool, concurrency: number, windowMs: number, settle?: () => void): Promise<WindowFigures> {
  const deadline = performance.now() + windowMs;
  let done = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await withClient(pool, (client) => client.query("SELECT 1"));
      done++;
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  settle?.();
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { opsPerSecond: (done * 1000) / elapsedMs, cpuMicrosPerQuery: (used.user + used.system) / Math.max(done, 1) };
}

/** Reading the sites attributes the samples still queued: see runWindow. */
const settle = (monitor: PoolMonitor | undefined) => (monitor ? () => void monitor.sites() : undefined);

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const setups = variants.map((variant) => {
    // idleTimeoutMillis 0: a pool waiting for its turn must not lose connections and reconnect while timed.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolMax,
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: 10_000,
    });
    pool.on("error", () => {});
    const monitor = variant.monitor ? new PoolMonitor(variant.monitor).watch(pool, { name: "main" }).start() : undefined;
    return { variant, pool, monitor };
  });
  try {
    // Open every connection, then warm the code paths of each variant up before anything is timed.
    for (const { pool } of setups) {
      const clients = await Promise.all(Array.from({ length: options.poolMax }, () => pool.connect()));
      for (const client of clients) client.release();
    }
    const concurrencies: ConcurrencyFigures[] = [];
    for (const concurrency of options.concurrencies) {
      for (const { pool, monitor } of setups) await runWindow(pool, concurrency, Math.min(options.windowMs, 500), settle(monitor));
      const samples = new Map<VariantName, WindowFigures[]>(setups.map(({ variant }) => [variant.name, []]));
      for (let round = 0; round < options.rounds; round++) {
        const order = setups.map((_, index) => setups[(index + round) % setups.length]!);
        for (const { variant, pool, monitor } of order) {
          samples.get(variant.name)!.push(await runWindow(pool, concurrency, options.windowMs, settle(monitor)));
        }
        options.progress(
          `runtime: concurrency ${concurrency}, round ${round + 1}/${options.rounds}: ` +
            setups
              .map(({ variant }) => `${variant.name} ${Math.round(samples.get(variant.name)!.at(-1)!.opsPerSecond)}/s`)
              .join(", "),
        );
      }
      const bare = samples.get("bare")!;
      concurrencies.push({
        concurrency,
        healthy: concurrency * 100 < PRESSURE_PERCENT * options.poolMax,
        variants: setups.map(({ variant }) => {
          const windows = samples.get(variant.name)!;
          const ops = windows.map((window) => window.opsPerSecond);
          const ratios = windows.map((window, index) => window.opsPerSecond / bare[index]!.opsPerSecond);
          const cpu = windows.map((window) => window.cpuMicrosPerQuery);
          const addedCpu = windows.map((window, index) => window.cpuMicrosPerQuery - bare[index]!.cpuMicrosPerQuery);
          const cpuRatios = windows.map((window, index) => bare[index]!.cpuMicrosPerQuery / window.cpuMicrosPerQuery);
          return {
            variant: variant.name,
            opsPerSecond: summarize(ops),
            ratio: median(ratios),
            roundRatios: summarize(ratios),
            cpuMicrosPerQuery: summarize(cpu),
            addedCpuMicrosPerQuery: median(addedCpu),
            cpuRatio: median(cpuRatios),
          };
        }),
      });
    }
    const worst = {} as ThroughputResult["worst"];
    const worstCpuHealthy = {} as ThroughputResult["worstCpuHealthy"];
    for (const { name } of variants) {
      if (name === "bare") continue;
      worstCpuHealthy[name] = undefined;
      for (const figures of concurrencies) {
        const { ratio, cpuRatio } = figures.variants.find((entry) => entry.variant === name)!;
        if (!worst[name] || ratio < worst[name].ratio) worst[name] = { ratio, concurrency: figures.concurrency };
        const seen = worstCpuHealthy[name];
        if (figures.healthy && (!seen || cpuRatio < seen.cpuRatio)) {
          worstCpuHealthy[name] = { cpuRatio, concurrency: figures.concurrency };
        }
      }
    }
    return { poolMax: options.poolMax, windowMs: options.windowMs, rounds: options.rounds, concurrencies, worst, worstCpuHealthy };
  } finally {
    for (const { pool, monitor } of setups) {
      monitor?.stop();
      await pool.end().catch(() => {});
    }
  }
}
