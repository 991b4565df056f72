// Throughput of `withClient` + `SELECT 1` against a real PostgreSQL, side by side: a bare pool, a watched pool
// (site sampling at its default), a watched pool with leak detection on (stacks captured as `captureStacks:
// "adaptive"` decides, the checkout tracked), the same capturing every checkout (`"always"`), and a watched pool
// sampling every checkout (`siteSampleRate: 1`). Each variant has its own pool, all connections opened before timing
// starts. Each window records this process's CPU time per query, the cost the monitor puts on the application.
//
// Bracketed windows: every round runs the bare pool before the first variant and after each one (B V1 B V2 B …),
// the variants in a shuffled order, and each variant's window is compared with the mean of the two bare windows
// around it. On this shared 2-core machine CPU per query drifts with the neighbours' load (the socket writes, half
// of it, cost more when the cores are contended), and a drift between the bare window and a variant's lands on the
// variant: bracketing cancels a linear drift, where a rotating order (each variant after the same neighbour, the
// bare pool up to four windows away) did not. The bare windows also give the noise floor: one bare window against
// the bare windows before and after it, the comparison a variant gets, with nothing to measure.
//
// The reference is the geometric mean of the two bare windows, not their arithmetic mean. CPU per query on this
// machine varies by a factor (a window 20–30 % dearer when the neighbours' load rises), and the median of
// "arithmetic mean of two windows ÷ a third" leans above 1 by about exp(σ²/4) for a log-spread σ: a bare window
// against its neighbours read 1.006–1.063 with it (the bias is in every variant's ratio too, hiding a cost of that
// size). The geometric mean makes the ratio's logarithm symmetric about 0 (its median is 1 when nothing differs) and
// still cancels a steady drift to first order. The arithmetic floor is still computed, to show the difference.
import pg from "pg";
import { PoolMonitor, type PoolMonitorOptions } from "../src/runtime/index.js";
import { controlledRatio, pairedRatio, type ControlledRatio } from "./runtime-verdict.js";
import { seededRandom, shuffled } from "./seeded-order.js";
import { exposeGarbageCollector, GcLog, geometricMean, mean, runWindow, scale, sum, type WindowFigures } from "./throughput-window.js";
import { median, summarize, type Summary } from "./stats.js";

export type VariantName =
  | "bare"
  | "bare, another pool"
  | "watched"
  | "watched+leakDetection"
  | "watched+leakDetection+always"
  | "watched+sampleRate1";

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
  // The null variant: a second unwatched pool, measured exactly as the watched ones are (its own pool and
  // connections, bracketed by the bare pool's windows). What it reads is what the comparison itself gives a pool that
  // costs nothing more — the noise floor of a variant, where bare against bare is that of the bare pool's own windows.
  { name: "bare, another pool", monitor: undefined },
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
  /** Only these variants besides the bare pool (a focused comparison, see runtime-ab.ts); all when absent. */
  only?: readonly VariantName[];
  /** Called after every timed window, with the pool timed before it (a diagnosis of what one window leaves the next). */
  onWindow?: (window: WindowRecord) => void;
  /**
   * Collect the young generation between windows, untimed, and each window's own at its end, timed (default false):
   * every window starts from the same heap. An experiment of round four (docs/benchmarks.md): not shown yet to bring
   * the null variant nearer 1, so `npm run bench` measures as before.
   */
  collectBetweenWindows?: boolean;
  /**
   * New pools (and monitors) for every round, their connections opened and warmed untimed (default false). A pool's
   * CPU per query depends on which server backends its connections got: the null variant, an unwatched pool like the
   * bare one, read 0.993 in one run and 1.099 in the next (runtime-m), tight within each run. With pools that last the
   * run, that is one draw for the whole run and no interval over the rounds sees it; new pools each round make it part
   * of each round's noise, so the interval covers it.
   */
  freshPoolsEachRound?: boolean;
  /**
   * Verdict blocks (C G G C / G C C G) per round at the healthy concurrencies, the verdict's (default 1; one at the
   * others); the round's difference is the mean of its blocks'. One block's difference spreads with the neighbours'
   * load moving a window's CPU per query (sd ~0.08 in the log at load 1–3, ~0.36 at load 17), which more blocks
   * average out; what a round's fresh pools drew (which server backends) is shared by its blocks and stays one sample
   * a round, so the interval over the rounds still covers it. Measured (runtime-u, 12 rounds of 4 blocks at
   * concurrency 10): the round means' sd 0.16 against 0.18 for four independent blocks — the rounds add no spread of
   * their own that more blocks would not shrink.
   */
  blocksPerRound?: number;
}

/** One timed window, for onWindow. */
export interface WindowRecord {
  concurrency: number;
  variant: VariantName;
  /** The pool whose window came just before this one in the same round (undefined: the round's first). */
  previous: VariantName | undefined;
  opsPerSecond: number;
  cpuMicrosPerQuery: number;
  /** Garbage collection inside the window, ms (node:perf_hooks "gc" entries). */
  gcMs: number;
}

export interface VariantFigures {
  variant: VariantName;
  /** Queries per second over the rounds. */
  opsPerSecond: Summary;
  /** Median over the rounds of (ops/s of this variant ÷ mean ops/s of the bare windows before and after it). */
  ratio: number;
  /** The ratio of each round. */
  roundRatios: Summary;
  /**
   * CPU time of this process (user + system) per query, µs, over the rounds: what the variant costs the application
   * itself, less swayed by neighbours on a shared machine than its throughput.
   */
  cpuMicrosPerQuery: Summary;
  /** Median over the rounds of (CPU µs per query of this variant − the mean of the bare windows around it). */
  addedCpuMicrosPerQuery: number;
  /**
   * Median over the rounds of (geometric mean CPU µs per query of the bare windows around it ÷ this variant's):
   * queries per CPU second against the bare pool's. 1 / this is the variant's CPU per query as a multiple of bare.
   */
  cpuRatio: number;
  /** The same with the arithmetic mean of the two bare windows (the estimator before round three), for comparison. */
  cpuRatioArithmetic: number;
}

export interface ConcurrencyFigures {
  concurrency: number;
  /**
   * Fewer callers than half of `warnUtilizationPercent` (80) of the pool: the pool never reaches the pressure at
   * which `captureStacks: "adaptive"` captures every checkout.
   */
  healthy: boolean;
  /** The bare pool's figures are per round (the mean of its windows in the round); its ratios are 1. */
  variants: VariantFigures[];
  /**
   * The noise floor: each bare window between two others (a variant's window on either side), its CPU ratio to
   * their mean, computed as a variant's is. Nothing differs between them, so this is what noise alone gives (if
   * anything wider than a variant's comparison, whose bare windows are adjacent to it).
   */
  bareAgainstBare: { cpuRatio: number; cpuRatios: Summary; cpuRatioArithmetic: number };
  /**
   * Each variant's CPU ratio net of the null variant's, round by round, with its interval (runtime-verdict.ts);
   * absent when the null variant was not measured.
   */
  controlled?: Partial<Record<VariantName, ControlledRatio>>;
}

export interface ThroughputResult {
  poolMax: number;
  windowMs: number;
  rounds: number;
  /** Verdict blocks per round at the healthy concurrencies (ThroughputOptions.blocksPerRound). */
  blocksPerRound: number;
  concurrencies: ConcurrencyFigures[];
  /** Worst (lowest) throughput ratio over the concurrencies, per variant. */
  worst: Record<Exclude<VariantName, "bare">, { ratio: number; concurrency: number }>;
  /** Worst (lowest) CPU ratio over the healthy concurrencies, per variant (undefined values when none is healthy). */
  worstCpuHealthy: Record<Exclude<VariantName, "bare">, { cpuRatio: number; concurrency: number } | undefined>;
}

/** The variant runtime.throughputRatio is read from. */
export const GATED: VariantName = "watched+leakDetection";
/** The control a variant is judged against: an unwatched pool measured exactly as the variants are. */
export const CONTROL: VariantName = "bare, another pool";

/** Half of the monitor's default warnUtilizationPercent (80): where "adaptive" starts capturing every checkout. */
const PRESSURE_PERCENT = 40;

/** Reading the sites attributes the samples still queued: see runWindow. */
const settle = (monitor: PoolMonitor | undefined) => (monitor ? () => void monitor.sites() : undefined);

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const chosen = variants.filter(({ name }) => name === "bare" || !options.only || options.only.includes(name));
  const openSetups = () => chosen.map((variant) => {
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
  let setups = openSetups();
  const closeSetups = async () => {
    for (const { pool, monitor } of setups) {
      monitor?.stop();
      await pool.end().catch(() => {});
    }
  };
  const bareOf = () => {
    const [bare, ...watched] = setups;
    if (bare?.variant.name !== "bare") throw new Error("runtime-throughput: the first variant must be the bare pool");
    return { bareSetup: bare, watchedSetups: watched };
  };
  let { bareSetup, watchedSetups } = bareOf();
  const connectAll = async () => {
    for (const { pool } of setups) {
      const clients = await Promise.all(Array.from({ length: options.poolMax }, () => pool.connect()));
      for (const client of clients) client.release();
    }
  };
  const random = seededRandom(16);
  const blocksPerRound = options.blocksPerRound ?? 1;
  const gcLog = new GcLog();
  const collectGarbage = options.collectBetweenWindows === true ? exposeGarbageCollector() : undefined;
  try {
    // Open every connection, then warm the code paths of each variant up before anything is timed.
    await connectAll();
    const concurrencies: ConcurrencyFigures[] = [];
    for (const concurrency of options.concurrencies) {
      const healthy = concurrency * 100 < PRESSURE_PERCENT * options.poolMax;
      for (const { pool, monitor } of setups) await runWindow(collectGarbage, gcLog, pool, concurrency, Math.min(options.windowMs, 500), settle(monitor));
      const bareRounds: WindowFigures[] = [];
      const bareAgainstBare: number[] = [];
      const bareAgainstBareArithmetic: number[] = [];
      const paired = new Map<VariantName, Array<{ window: WindowFigures; reference: WindowFigures; arithmetic: WindowFigures }>>(
        watchedSetups.map(({ variant }) => [variant.name, []]),
      );
      // Per variant, per round, its windows' CPU ratios (bare ÷ it, bracketed): the controlled comparison's input.
      const ratiosByRound = new Map<VariantName, number[][]>(watchedSetups.map(({ variant }) => [variant.name, []]));
      // Per round, the verdict's block: mean ln(control's CPU per query) − mean ln(the gated variant's).
      const blockDifferences: number[] = [];
      let previous: VariantName | undefined;
      const record = (variant: VariantName, window: WindowFigures) => {
        options.onWindow?.({ concurrency, variant, previous, ...window });
        previous = variant;
        return window;
      };
      const bareWindow = async () => record("bare", await runWindow(collectGarbage, gcLog, bareSetup.pool, concurrency, options.windowMs));
      for (let round = 0; round < options.rounds; round++) {
        if (options.freshPoolsEachRound && round > 0) {
          await closeSetups();
          setups = openSetups();
          ({ bareSetup, watchedSetups } = bareOf());
          await connectAll();
          for (const { pool, monitor } of setups) await runWindow(collectGarbage, gcLog, pool, concurrency, Math.min(options.windowMs, 200), settle(monitor));
        }
        const order = shuffled(watchedSetups, random);
        previous = undefined;
        for (const rounds of ratiosByRound.values()) rounds.push([]);
        const bare = [await bareWindow()];
        for (const { variant, pool, monitor } of order) {
          const window = record(variant.name, await runWindow(collectGarbage, gcLog, pool, concurrency, options.windowMs, settle(monitor)));
          bare.push(await bareWindow());
          const [before, after] = [bare.at(-2)!, bare.at(-1)!];
          const reference = geometricMean(before, after);
          paired.get(variant.name)!.push({ window, reference, arithmetic: mean(before, after) });
          ratiosByRound.get(variant.name)!.at(-1)!.push(reference.cpuMicrosPerQuery / window.cpuMicrosPerQuery);
        }
        // The verdict's block: the gated variant (runtime.throughputRatio) against the null variant in adjacent
        // windows, C G G C (G C C G in odd rounds, so that each gets the window after its own as often), in the time
        // their second bracketed windows took before (two windows and two bare ones). Bracketing by bare windows put
        // three bare windows' noise and the distance between the two into each round's difference; runtime-r's
        // diagnostic (docs/benchmarks.md) read a round's spread 1.5–4× narrower per second of timed time this way.
        const gatedSetup = watchedSetups.find(({ variant }) => variant.name === GATED);
        const controlSetup = watchedSetups.find(({ variant }) => variant.name === CONTROL);
        if (gatedSetup && controlSetup) {
          const logMean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
          const differences: number[] = [];
          for (let block = 0; block < (healthy ? blocksPerRound : 1); block++) {
            const cpu: Record<string, number[]> = { [GATED]: [], [CONTROL]: [] };
            const [outer, inner] = (round + block) % 2 === 0 ? [controlSetup, gatedSetup] : [gatedSetup, controlSetup];
            for (const { variant, pool, monitor } of [outer, inner, inner, outer]) {
              const window = record(variant.name, await runWindow(collectGarbage, gcLog, pool, concurrency, options.windowMs, settle(monitor)));
              cpu[variant.name]!.push(Math.log(window.cpuMicrosPerQuery));
            }
            differences.push(logMean(cpu[CONTROL]!) - logMean(cpu[GATED]!));
          }
          blockDifferences.push(logMean(differences));
        }
        for (let index = 1; index + 1 < bare.length; index++) {
          const [before, window, after] = [bare[index - 1]!, bare[index]!, bare[index + 1]!];
          bareAgainstBare.push(geometricMean(before, after).cpuMicrosPerQuery / window.cpuMicrosPerQuery);
          bareAgainstBareArithmetic.push(mean(before, after).cpuMicrosPerQuery / window.cpuMicrosPerQuery);
        }
        bareRounds.push(scale(bare.reduce(sum), 1 / bare.length));
        options.progress(
          `runtime: concurrency ${concurrency}, round ${round + 1}/${options.rounds}: bare ${Math.round(bareRounds.at(-1)!.opsPerSecond)}/s, ` +
            watchedSetups
              .map(({ variant }) => `${variant.name} ${Math.round(paired.get(variant.name)!.at(-1)!.window.opsPerSecond)}/s`)
              .join(", "),
        );
      }
      const ones = bareRounds.map(() => 1);
      const control = ratiosByRound.get(CONTROL);
      // The gated variant's from its blocks (the verdict); the others' from their bracketed windows, as before.
      const controlled = control
        ? Object.fromEntries(
            [...ratiosByRound]
              .filter(([name]) => name !== CONTROL)
              .map(([name, rounds]) => [name, name === GATED && blockDifferences.length > 0 ? pairedRatio(blockDifferences) : controlledRatio(rounds, control)]),
          )
        : undefined;
      concurrencies.push({
        concurrency,
        healthy,
        variants: [
          {
            variant: "bare",
            opsPerSecond: summarize(bareRounds.map((window) => window.opsPerSecond)),
            ratio: 1,
            roundRatios: summarize(ones),
            cpuMicrosPerQuery: summarize(bareRounds.map((window) => window.cpuMicrosPerQuery)),
            addedCpuMicrosPerQuery: 0,
            cpuRatio: 1,
            cpuRatioArithmetic: 1,
          },
          ...watchedSetups.map(({ variant }) => {
            const pairs = paired.get(variant.name)!;
            const ratios = pairs.map(({ window, reference }) => window.opsPerSecond / reference.opsPerSecond);
            return {
              variant: variant.name,
              opsPerSecond: summarize(pairs.map(({ window }) => window.opsPerSecond)),
              ratio: median(ratios),
              roundRatios: summarize(ratios),
              cpuMicrosPerQuery: summarize(pairs.map(({ window }) => window.cpuMicrosPerQuery)),
              addedCpuMicrosPerQuery: median(pairs.map(({ window, reference }) => window.cpuMicrosPerQuery - reference.cpuMicrosPerQuery)),
              cpuRatio: median(pairs.map(({ window, reference }) => reference.cpuMicrosPerQuery / window.cpuMicrosPerQuery)),
              cpuRatioArithmetic: median(pairs.map(({ window, arithmetic }) => arithmetic.cpuMicrosPerQuery / window.cpuMicrosPerQuery)),
            };
          }),
        ],
        bareAgainstBare:
          bareAgainstBare.length > 0
            ? { cpuRatio: median(bareAgainstBare), cpuRatios: summarize(bareAgainstBare), cpuRatioArithmetic: median(bareAgainstBareArithmetic) }
            : {
                cpuRatio: Number.NaN,
                cpuRatios: { min: Number.NaN, median: Number.NaN, max: Number.NaN, n: 0 },
                cpuRatioArithmetic: Number.NaN,
              },
        ...(controlled ? { controlled } : {}),
      });
    }
    const worst = {} as ThroughputResult["worst"];
    const worstCpuHealthy = {} as ThroughputResult["worstCpuHealthy"];
    for (const { name } of chosen) {
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
    return { poolMax: options.poolMax, windowMs: options.windowMs, rounds: options.rounds, blocksPerRound, concurrencies, worst, worstCpuHealthy };
  } finally {
    gcLog.close();
    await closeSetups();
  }
}
