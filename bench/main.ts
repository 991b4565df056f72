// The measurements of `npm run bench`, run by bench/run.ts as transpiled JavaScript in plain Node: lint cost,
// scaling, type-aware mode and runtime cost in one run, as side-by-side ratios. Progress goes to stderr, results to
// stdout (with --json, one JSON object as the last line); a full run of every part rewrites the figures in docs/benchmarks.md (between its markers: report-file.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { DEFAULT_SITE_SAMPLE_RATE } from "../src/runtime/index.js";
import { writeScalingFiles } from "./corpus/generate.js";
import { buildLintCorpus, type LintCorpus } from "./corpus/lint-corpus.js";
import { measureAnyRule } from "./lint-any-rule.js";
import { loadPoolguardConfigs } from "./lint-config.js";
import { measureLintCostInProcesses } from "./lint-cost-process.js";
import { besideText, lintHeadline } from "./lint-headline.js";
import { measureScaling } from "./lint-scaling.js";
import { measureTyped } from "./lint-typed.js";
import { parseBenchOptions, usage, UsageError, type BenchOptions, type Part } from "./options.js";
import { repoRoot } from "./repo-root.js";
import { renderReport } from "./report.js";
import { checkReportFile, ReportFileError, writeReportFile } from "./report-file.js";
import { describeMachine, describeSource, evaluateTargets, isSkipped, type BenchResults } from "./results.js";
import { measureMicroOverhead } from "./runtime-overhead.js";
import { measureMonitorCost } from "./runtime-count.js";
import { GATED, measureThroughput } from "./runtime-throughput.js";
import { judgeAll } from "./runtime-verdict.js";
import { runEntry } from "./entry.js";

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function lintParts(options: BenchOptions, root: string, results: Omit<BenchResults, "targets">) {
  const { plan, only } = options;
  const configs = await loadPoolguardConfigs();
  if ("missing" in configs) {
    for (const part of ["lint", "any-rule", "scaling", "typed"] as const) {
      if (only.has(part)) results[part === "any-rule" ? "anyRule" : part] = { skipped: configs.missing };
    }
    return;
  }
  progress(`plugin: configs.recommended switches on ${configs.recommendedRules.join(", ")}`);
  let corpus: LintCorpus | undefined;
  if (only.has("lint") || only.has("any-rule") || only.has("typed")) {
    progress("corpus: generating modules and sampling node_modules");
    corpus = await buildLintCorpus({ root, generatedFiles: plan.generatedFiles, nodeModulesFiles: plan.nodeModulesFiles });
    results.corpus = {
      origins: corpus.summary,
      generatedFunctions: corpus.generatedFunctions,
      generatedAcquisitions: corpus.generatedAcquisitions,
      crashes: 0,
    };
  }
  if (only.has("lint") && corpus) {
    const cost = await measureLintCostInProcesses({
      root,
      generatedFiles: plan.generatedFiles,
      nodeModulesFiles: plan.nodeModulesFiles,
      processes: plan.lintProcesses,
      pairs: plan.lintPairs,
      statsPasses: plan.lintStatsPasses,
      progress,
    });
    results.lint = {
      ...cost,
      ruleSharesPercent: Object.fromEntries(cost.rules.map((rule) => [rule.rule, rule.sharePercent])),
    };
    if (results.corpus && !isSkipped(results.corpus)) results.corpus.crashes = cost.crashes.length;
  }
  if (only.has("any-rule") && corpus) {
    try {
      results.anyRule = await measureAnyRule({
        cwd: root,
        files: corpus.files,
        recommended: configs.recommended,
        rounds: plan.anyRuleRounds,
        progress,
      });
    } catch (error) {
      // It patches ESLint internals: an ESLint built otherwise is a reason to skip this part, not the whole run.
      results.anyRule = { skipped: error instanceof Error ? error.message : String(error) };
    }
  }
  if (only.has("scaling")) {
    progress(`scaling: generating files of ${plan.scalingSizes.join(", ")} lines`);
    const sizes = await writeScalingFiles(root, plan.scalingSizes, plan.scalingLinesPerMeasurement);
    const scaling = await measureScaling({
      cwd: root,
      sizes,
      recommended: configs.recommended,
      rounds: plan.scalingRounds,
      progress,
    });
    results.scaling = { ...scaling, perLineRatio: scaling.rulesPerLineRatio };
  }
  if (only.has("typed") && corpus) {
    if (!configs.recommendedTypeChecked) {
      results.typed = { skipped: 'src/plugin.ts has no configs["recommended-type-checked"] yet' };
    } else {
      results.typed = await measureTyped({
        cwd: root,
        tsconfigRootDir: corpus.generated.dir,
        files: corpus.files.filter((file) => file.origin === "generated").slice(0, plan.typedFiles),
        recommendedTypeChecked: configs.recommendedTypeChecked,
        pairs: plan.typedPairs,
        progress,
      });
    }
  }
}

async function runtimePart(options: BenchOptions, results: Omit<BenchResults, "targets">) {
  const { plan } = options;
  progress(process.env.DATABASE_URL ? "runtime: using DATABASE_URL" : "runtime: starting an embedded PostgreSQL");
  const server = await startPostgres();
  try {
    const throughput = await measureThroughput({
      databaseUrl: server.url,
      concurrencies: plan.runtimeConcurrencies,
      rounds: plan.runtimeRounds,
      windowMs: plan.runtimeWindowMs,
      poolMax: plan.poolMax,
      blocksPerRound: plan.runtimeBlocksPerRound,
      progress,
      // The verdict's interval must cover which backends a pool got (see ThroughputOptions.freshPoolsEachRound).
      freshPoolsEachRound: true,
    });
    const micro = await measureMicroOverhead(
      server.url,
      { rounds: plan.microRounds, opsPerWindow: plan.microOpsPerWindow, hostHeapMiB: plan.microHostHeapMiB },
      progress,
    );
    // Beside the verdict, not instead of it: the monitor's own frames counted in a CPU profile (runtime-count.ts).
    // Not under --profile: a second profiler in the process inflates every frame (runtime-cost-32: 23 µs a query under
    // the monitor's frames and a bare 260 µs with node --cpu-prof on, 1.6 and 104 µs without, 500 × 3 turns).
    const monitorCost = options.profile !== undefined ? undefined : await measureMonitorCost({
      databaseUrl: server.url,
      queries: plan.countQueries,
      rounds: plan.countRounds,
      concurrency: 1,
      intervalUs: 100,
      progress,
    });
    results.runtime = {
      // CPU-based (issue 16): round-by-round throughput on this machine moves ±30 %, which hides a 3 % difference.
      throughputRatio: throughput.worstCpuHealthy["watched+leakDetection"]?.cpuRatio ?? Number.NaN,
      throughputRatioBasis: "cpu",
      throughputControlled: judgeAll(
        throughput.concurrencies.flatMap((figures) => {
          const estimate = figures.controlled?.[GATED];
          return figures.healthy && estimate ? [{ ...estimate, concurrency: figures.concurrency }] : [];
        }),
      ),
      wallThroughputRatio: throughput.worst["watched+leakDetection"].ratio,
      alwaysCpuRatio: throughput.worstCpuHealthy["watched+leakDetection+always"]?.cpuRatio ?? Number.NaN,
      throughputRatioDefaultSampling: throughput.worst.watched.ratio,
      throughputRatioSampleRate1: throughput.worst["watched+sampleRate1"].ratio,
      defaultSiteSampleRate: DEFAULT_SITE_SAMPLE_RATE,
      overheadMicros: micro.overheadMicros,
      leakDetectionMicros: micro.leakDetectionMicros,
      alwaysMicros: micro.alwaysMicros,
      throughput,
      micro,
      ...(monitorCost ? { monitorCost } : {}),
    };
  } finally {
    await server.dispose();
  }
}

function summaryLines(results: BenchResults): string[] {
  const lines = [`poolguard bench (${results.mode}, ${Math.round(results.durationSeconds)} s)`];
  for (const target of results.targets) {
    const value = target.value === null ? "not measured" : target.value.toFixed(3);
    const within = target.halfWidth === null ? "" : ` ± ${target.halfWidth.toFixed(2)}`;
    const verdict = { met: "  met", missed: "  MISSED", "not resolved": "  NOT RESOLVED", "not measured": "" }[target.verdict];
    lines.push(`  ${target.name.padEnd(40)} ${(value + within).padStart(19)}  (target ${target.limit})${verdict}`);
    if (target.basis && results.lint && !isSkipped(results.lint)) {
      lines.push(`    ${besideText(lintHeadline(results.lint))}`);
    }
  }
  if (results.runtime && !isSkipped(results.runtime)) {
    lines.push(
      `  leak detection, queries/s ÷ bare (wall clock, noisy): ${results.runtime.wallThroughputRatio.toFixed(3)}; ` +
        `captureStacks "always", CPU: ${results.runtime.alwaysCpuRatio.toFixed(3)}`,
      `  throughput ratio, site sampling at default ${results.runtime.defaultSiteSampleRate}: ` +
        `${results.runtime.throughputRatioDefaultSampling.toFixed(3)}; at 1.0: ` +
        results.runtime.throughputRatioSampleRate1.toFixed(3),
    );
    const cost = results.runtime.monitorCost;
    if (cost) {
      lines.push(
        `  by counts (not the verdict): the monitor's own frames ${cost.monitorMicros.toFixed(2)} µs a query on the bare ` +
          `${cost.bareCpuMicros.toFixed(1)}: bare ÷ (bare + monitor) = ${cost.ratio.toFixed(3)}`,
      );
    }
  }
  if (results.typed && !isSkipped(results.typed)) {
    lines.push(`  type-aware: recommended-type-checked ÷ no-floating-promises = ${results.typed.ratio.toFixed(3)}`);
  }
  return lines;
}

export async function main(argv: string[]): Promise<number> {
  const defaultOut = join(repoRoot, "docs", "benchmarks.md");
  let options;
  try {
    options = parseBenchOptions(argv, defaultOut);
    if (options !== "help" && options.out) await checkReportFile(options.out);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReportFileError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (options === "help") {
    console.log(usage);
    return 0;
  }
  const started = performance.now();
  const partial: Omit<BenchResults, "targets"> = {
    mode: options.quick ? "quick" : "full",
    command: ["npm run bench", ...(argv.length > 0 ? ["--", ...argv] : [])].join(" "),
    source: describeSource(repoRoot),
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    machine: describeMachine(loadavg()[0]!),
  };
  // The launcher's temporary directory, or one of our own when run directly.
  const ownRoot = process.env.POOLGUARD_BENCH_TMP ? undefined : await mkdtemp(join(tmpdir(), "poolguard-bench-"));
  const root = process.env.POOLGUARD_BENCH_TMP ?? ownRoot!;
  try {
    if (["lint", "any-rule", "scaling", "typed"].some((part) => options.only.has(part as Part))) {
      await lintParts(options, root, partial);
    }
    if (options.only.has("runtime")) await runtimePart(options, partial);
  } finally {
    if (ownRoot) await rm(ownRoot, { recursive: true, force: true });
  }
  partial.durationSeconds = (performance.now() - started) / 1000;
  partial.machine = describeMachine(partial.machine.loadAverage.start);
  const results: BenchResults = { ...partial, targets: evaluateTargets(partial) };
  console.log(summaryLines(results).join("\n"));
  if (options.out) {
    await writeReportFile(options.out, renderReport(results));
    progress(`wrote ${relative(process.cwd(), options.out)}`);
  }
  if (options.json) console.log(JSON.stringify(results));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runEntry("bench", main(process.argv.slice(2)));
}
