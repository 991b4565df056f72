// The shape of one benchmark run (what `--json` prints and docs/benchmarks.md is rendered from) and the
// targets of issue 6 checked against it.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import type { OriginSummary } from "./corpus/lint-corpus.js";
import type { AnyRuleResult } from "./lint-any-rule.js";
import type { LintCostRuns } from "./lint-cost-process.js";
import type { ScalingResult } from "./lint-scaling.js";
import type { TypedResult } from "./lint-typed.js";
import type { MonitorCost } from "./runtime-count.js";
import type { MicroResult } from "./runtime-overhead.js";
import type { ThroughputResult } from "./runtime-throughput.js";
import { lintHeadline, type HeadlineBasis } from "./lint-headline.js";
import { spreadHalfWidth, verdictOf, type Verdict } from "./verdict.js";
import { THROUGHPUT_TARGET, type ControlledRatio, type Verdict as RuntimeVerdict } from "./runtime-verdict.js";

export interface Skipped {
  skipped: string;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  memoryGb: number;
  /** 1-minute load average at the start and the end: how busy the shared machine was. */
  loadAverage: { start: number; end: number };
}

export interface CorpusDescription {
  origins: OriginSummary[];
  generatedFunctions: number;
  generatedAcquisitions: number;
  crashes: number;
}

export interface BenchResults {
  mode: "quick" | "full";
  command: string;
  /** The commit measured, and whether src/, rules/ or bench/ had uncommitted changes (the work tree is measured). */
  source: { commit: string; uncommittedChanges: boolean };
  startedAt: string;
  durationSeconds: number;
  machine: Machine;
  corpus?: CorpusDescription | Skipped;
  lint?: (LintCostRuns & { ruleSharesPercent: Record<string, number> }) | Skipped;
  /** What ESLint costs once any rule is on, in whole passes (`--only any-rule`). */
  anyRule?: AnyRuleResult | Skipped;
  scaling?: (ScalingResult & { perLineRatio: number }) | Skipped;
  typed?: TypedResult | Skipped;
  runtime?:
    | {
        /**
         * CPU-based: bare pool's CPU per query ÷ that of a watched pool with leak detection at its defaults, the
         * worst of the healthy concurrencies (≥ 0.971 ⇔ CPU per query ≤ 1.03 × bare). Round-by-round throughput on
         * a 2-core machine that also runs PostgreSQL moves ±30 %, which hides a 3 % difference.
         */
        throughputRatio: number;
        throughputRatioBasis: "cpu";
        /**
         * What the target is judged on: leak detection's CPU ratio net of the null variant's (a second unwatched pool
         * measured exactly as it is), round by round, with a ~95 % interval, at the worst healthy concurrency; and the
         * verdict over the healthy concurrencies — met when every interval is at or above the target, missed when one
         * is wholly below it, else not resolved (runtime-verdict.ts).
         */
        throughputControlled?: ControlledRatio & { concurrency: number; verdict: RuntimeVerdict };
        /** The same pools' queries/s ÷ bare (wall clock), worst of all concurrencies: reported, not gated. */
        wallThroughputRatio: number;
        /** CPU-based like throughputRatio, with `captureStacks: "always"`. */
        alwaysCpuRatio: number;
        /** Watched pool, site sampling at its default ÷ bare (wall clock), worst concurrency. */
        throughputRatioDefaultSampling: number;
        /** Watched pool, `siteSampleRate: 1` ÷ bare (wall clock), worst concurrency. */
        throughputRatioSampleRate1: number;
        defaultSiteSampleRate: number;
        /** Added cost of one checkout+return, no network (the monitor's acquire/release path). */
        overheadMicros: number;
        /** The same with leakDetectionMs at default options, healthy pool. */
        leakDetectionMicros: number;
        /** The same with leakDetectionMs and `captureStacks: "always"`. */
        alwaysMicros: number;
        throughput: ThroughputResult;
        micro: MicroResult;
        /**
         * Reported beside throughputRatio, not judged: the time a CPU profile samples under the monitor's own frames,
         * per query, against the bare pool's CPU per query (runtime-count.ts). Absent in results of earlier runs.
         */
        monitorCost?: MonitorCost;
      }
    | Skipped;
  targets: Target[];
}

export interface Target {
  name: string;
  value: number | null;
  limit: string;
  /**
   * How far the run's own noise could have moved the value (about 95 %: see verdict.ts); null where the part gives
   * no measure of it (the runtime's figures, judged on the value alone as before) or the run cannot show it.
   */
  halfWidth: number | null;
  /** true / false when the verdict is met / missed; null when not measured or not resolved. */
  met: boolean | null;
  verdict: Verdict;
  /** Which estimator the value is computed from, where a part has several (lint.overheadPercent: lint-headline.ts). */
  basis?: HeadlineBasis;
}

export function describeMachine(loadAtStart: number): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  };
}

export function describeSource(repoRoot: string): BenchResults["source"] {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      uncommittedChanges: git("status", "--porcelain", "--", "src", "rules", "bench") !== "",
    };
  } catch {
    return { commit: "unknown (not a git work tree)", uncommittedChanges: false };
  }
}

export const isSkipped = (value: unknown): value is Skipped =>
  typeof value === "object" && value !== null && "skipped" in value;

/** runtime.throughputRatio, judged by its interval net of the null variant when the run has one. */
function throughputTarget(runtime: Exclude<BenchResults["runtime"], Skipped | undefined> | undefined): Target {
  const name = "runtime.throughputRatio";
  const limit = "≥ 0.971 (CPU ≤ 1.03 × bare)";
  const controlled = runtime?.throughputControlled;
  if (!controlled) {
    const value = runtime?.throughputRatio ?? null;
    const verdict = value === null ? "not measured" : value >= THROUGHPUT_TARGET ? "met" : "missed";
    return { name, value, limit, halfWidth: null, met: verdict === "not measured" ? null : verdict === "met", verdict };
  }
  // The interval net of the null variant is not symmetric about the ratio: its half-width is shown, its ends decide.
  const { ratio, low, high, verdict } = controlled;
  const halfWidth = Number.isFinite(low) && Number.isFinite(high) ? (high - low) / 2 : null;
  return { name, value: ratio, limit, halfWidth, met: verdict === "not resolved" ? null : verdict === "met", verdict };
}

/**
 * Issue 6's targets, and issue 16's for leak detection; a part not measured gives `met: null`. The lint figures are
 * medians over processes whose spread the run measures (the overhead's A/A control, on the headline's basis:
 * lint-headline.ts; the rule shares' spread over the processes), so they carry an interval and are "not resolved"
 * when the target is inside it.
 */
export function evaluateTargets(results: Omit<BenchResults, "targets">): Target[] {
  const target = (
    name: string,
    value: number | null | undefined,
    limit: string,
    ok: (v: number) => boolean,
    halfWidth?: number | null,
  ): Target => {
    const measured = value ?? null;
    // Parts with no measure of their noise keep the verdict of the value alone.
    const verdict =
      halfWidth === undefined
        ? measured === null
          ? "not measured"
          : ok(measured)
            ? "met"
            : "missed"
        : verdictOf(measured, halfWidth, ok);
    return {
      name,
      value: measured,
      limit,
      halfWidth: measured === null ? null : (halfWidth ?? null),
      met: verdict === "met" ? true : verdict === "missed" ? false : null,
      verdict,
    };
  };
  const lint = results.lint && !isSkipped(results.lint) ? results.lint : undefined;
  const scaling = results.scaling && !isSkipped(results.scaling) ? results.scaling : undefined;
  const runtime = results.runtime && !isSkipped(results.runtime) ? results.runtime : undefined;
  const worstRule = lint ? Math.max(0, ...lint.rules.map((rule) => rule.sharePercent)) : undefined;
  const headline = lint ? lintHeadline(lint) : undefined;
  const shareWidth = lint
    ? spreadHalfWidth(lint.processes.map((run) => run.largestRule?.sharePercent ?? Number.NaN))
    : null;
  return [
    {
      ...target("lint.overheadPercent", headline?.headline.overheadPercent, "≤ 5", (v) => v <= 5, headline?.headline.halfWidth ?? null),
      ...(headline ? { basis: headline.basis } : {}),
    },
    target("largest rule share (%)", worstRule, "≤ 2", (v) => v <= 2, shareWidth),
    target("scaling.perLineRatio (50k vs 1k lines)", scaling?.perLineRatio, "≤ 1.5", (v) => v <= 1.5),
    throughputTarget(runtime),
    target("runtime.overheadMicros", runtime?.overheadMicros, "≤ 2", (v) => v <= 2),
    target("runtime.leakDetectionMicros", runtime?.leakDetectionMicros, "≤ 2", (v) => v <= 2),
    target("runtime.alwaysMicros", runtime?.alwaysMicros, "≤ 5", (v) => v <= 5),
  ];
}
