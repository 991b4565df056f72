// `npm run bench -- [--quick] [--json] [--only <parts>] [--out <file>]`: flags, their validation, and the
// repetition counts of a quick and a full run.
import { parseArgs } from "node:util";

export const parts = ["lint", "any-rule", "scaling", "typed", "runtime"] as const;
export type Part = (typeof parts)[number];

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  only: ReadonlySet<Part>;
  /** Where the Markdown report goes; undefined: not written. */
  out: string | undefined;
  /** Directory for a V8 CPU profile of the measurement process (`node --cpu-prof`); undefined: no profile. */
  profile: string | undefined;
  plan: Plan;
}

/** How much each part repeats. Quick: under ~3 minutes on a 2-core machine; full: under ~15. */
export interface Plan {
  generatedFiles: number;
  nodeModulesFiles: number;
  /** Fresh Node processes the lint cost is measured in (the figures are their medians). */
  lintProcesses: number;
  /** Interleaved passes per process. */
  lintPairs: number;
  /** Per-rule timing passes per process. */
  lintStatsPasses: number;
  /** Whole passes per configuration of the any-rule part (see lint-any-rule.ts). */
  anyRuleRounds: number;
  scalingSizes: number[];
  scalingRounds: number;
  scalingLinesPerMeasurement: number;
  typedFiles: number;
  typedPairs: number;
  runtimeConcurrencies: number[];
  runtimeRounds: number;
  runtimeWindowMs: number;
  /** Verdict blocks per round at the healthy concurrencies: see ThroughputOptions.blocksPerRound. */
  runtimeBlocksPerRound: number;
  poolMax: number;
  microRounds: number;
  microOpsPerWindow: number;
  /** The host application's live heap the micro-benchmark runs with, MiB (bench/runtime-micro-process.ts). */
  microHostHeapMiB: number;
  /** Queries a pool runs in one profiled turn of the monitor's cost by counts (runtime-count.ts), and its rounds. */
  countQueries: number;
  countRounds: number;
}

const fullPlan: Plan = {
  generatedFiles: 150,
  nodeModulesFiles: 80,
  // Five processes of four passes rather than three of five: the process is what draws most of the spread (see
  // lint-cost-process.ts), and a median over five draws moves less than one over three, for two more minutes.
  lintProcesses: 5,
  lintPairs: 4,
  lintStatsPasses: 2,
  anyRuleRounds: 3,
  scalingSizes: [1_000, 10_000, 50_000],
  // Nine rounds: one measurement's rule time moves by ±30 % with where the collector's pauses land (a pause that
  // falls inside a rule's listener is timed as the rule's), and a median over five moved the ratio by ±0.2.
  scalingRounds: 9,
  scalingLinesPerMeasurement: 20_000,
  typedFiles: 40,
  typedPairs: 4,
  runtimeConcurrencies: [1, 10, 50],
  // Each round runs nine windows (the bare pool before, between and after the four watched variants: see
  // runtime-throughput.ts), so 350 ms windows keep the part at about the time five 600 ms windows took.
  runtimeRounds: 15,
  runtimeWindowMs: 350,
  // One block a round read runtime.throughputRatio ± 0.05 at load 1–3 (f110552); six average a round's load bursts
  // out (± ~0.02 expected, the spread of a round's blocks being what the interval saw: ThroughputOptions.blocksPerRound),
  // for 5 × 4 × 350 ms more per round at concurrencies 1 and 10 (~3.5 minutes a full run).
  runtimeBlocksPerRound: 6,
  poolMax: 30,
  microRounds: 5,
  microOpsPerWindow: 20_000,
  // runtime-u measured alwaysMicros alone (8 MiB in use), at 50 and at 200 MiB of a host's live data, in fresh
  // processes interleaved: it moves with the heap (docs/benchmarks.md), so it is taken at a stated one, a server's.
  microHostHeapMiB: 200,
  // 12 rounds of 3 pools × 2000 queries at concurrency 1: ~7 s at ~100 µs of CPU a query, ~20 s on a loaded machine.
  // runtime-cost-32 read the monitor's frames 1.52 µs a query (20 rounds of 3000, load ~19).
  countQueries: 2000,
  countRounds: 12,
};

const quickPlan: Plan = {
  ...fullPlan,
  generatedFiles: 80,
  nodeModulesFiles: 40,
  lintProcesses: 1,
  lintPairs: 3,
  lintStatsPasses: 1,
  anyRuleRounds: 1,
  scalingRounds: 1,
  scalingLinesPerMeasurement: 10_000,
  typedFiles: 20,
  typedPairs: 2,
  runtimeRounds: 6,
  runtimeWindowMs: 250,
  runtimeBlocksPerRound: 1,
  microRounds: 3,
  microOpsPerWindow: 10_000,
  countRounds: 4,
};

export const usage = `usage: npm run bench -- [options]

  --quick         fewer repetitions: a run of under ~3 minutes (figures are rougher)
  --json          print the results as one JSON object on the last line of stdout
  --only <parts>  comma-separated subset of: ${parts.join(", ")} (default: all)
  --out <file>    write the Markdown report there (default: docs/benchmarks.md for a full run of every part,
                  nothing for --quick or --only, so a partial run never overwrites the published figures)
  --profile <dir> write a CPU profile of the measurements there (node --cpu-prof; open it in Chrome DevTools)
  --help          this text`;

export class UsageError extends Error {}

export function parseBenchOptions(argv: readonly string[], defaultOut: string): BenchOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        only: { type: "string" },
        out: { type: "string" },
        profile: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`bench: ${error instanceof Error ? error.message : String(error)}; see --help`);
  }
  if (values.help) return "help";
  let only: Set<Part> = new Set(parts);
  if (values.only !== undefined) {
    const names = values.only.split(",").map((name) => name.trim()).filter(Boolean);
    const unknown = names.filter((name) => !(parts as readonly string[]).includes(name));
    if (names.length === 0 || unknown.length > 0) {
      throw new UsageError(
        `bench: --only takes a comma-separated list of ${parts.join(", ")}, got "${values.only}"`,
      );
    }
    only = new Set(names as Part[]);
  }
  if (values.out === "") throw new UsageError('bench: --out needs a file path, got ""');
  if (values.profile === "") throw new UsageError('bench: --profile needs a directory, got ""');
  const complete = !values.quick && only.size === parts.length;
  return {
    quick: values.quick,
    json: values.json,
    only,
    out: values.out ?? (complete ? defaultOut : undefined),
    profile: values.profile,
    plan: values.quick ? quickPlan : fullPlan,
  };
}
