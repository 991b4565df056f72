// The lint cost measured in several Node processes, one after the other, each with its own warm-up, and combined by
// the median over the processes. Two full runs of nearly the same code read 7.8 % and 2.0 % by the same estimator,
// while the A/A control stayed within 0.5 % of 0 in both: what moved was not the machine's load (the control shares
// it) but something one process settles on for the rules' code (what V8 optimises, and when, where the heap sits).
// A fresh process draws that again, and the median over processes takes the middle draw.
//
// Run as a child by measureLintCostInProcesses: `node lint-cost-process.js <options JSON>`; it prints its
// LintCostResult as one JSON line on stdout and its progress on stderr.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildLintCorpus } from "./corpus/lint-corpus.js";
import { loadPoolguardConfigs } from "./lint-config.js";
import { measureLintCost, type LintCostResult, type RuleShare } from "./lint-cost.js";
import { median, pairwise, overheadPercent as percentOver, summarize } from "./stats.js";

export interface ProcessOptions {
  root: string;
  generatedFiles: number;
  nodeModulesFiles: number;
  pairs: number;
  statsPasses: number;
}

/** One process's figures, as the report lists them. */
export interface ProcessFigures {
  overheadPercent: number;
  controlOverheadPercent: number;
  anyRuleOverheadPercent: number;
  overheadOverAnyRulePercent: number;
  perFileMinOverheadPercent: number;
  passMedianOverheadPercent: number;
  /** The control and the minimums' control, and the CPU-time estimators with their controls (LintCostResult.cpu). */
  perFileMinControlPercent: number;
  cpuOverheadPercent: number;
  cpuControlPercent: number;
  cpuMinOverheadPercent: number;
  cpuMinControlPercent: number;
  /** The overhead over the pooled parser-only baseline (LintCostResult.pooled), wall clock and CPU time. */
  pooledOverheadPercent: number;
  pooledCpuOverheadPercent: number;
  /** The mutator's estimators with their controls, and each side's GC pauses per pass (LintCostResult.mutator). */
  mutator: LintCostResult["mutator"];
  filesBootstrapSd: LintCostResult["filesBootstrapSd"];
  largestRule: { rule: string; sharePercent: number } | null;
}

export interface LintCostRuns extends LintCostResult {
  /** Each process's own figures, in the order they ran; the top-level figures are their medians. */
  processes: ProcessFigures[];
}

async function runChild(options: ProcessOptions, index: number, progress: (line: string) => void): Promise<LintCostResult> {
  const script = fileURLToPath(import.meta.url);
  // The parent's Node flags (--expose-gc, and --cpu-prof with --profile: each process writes its own profile).
  const child = spawn(process.execPath, [...process.execArgv, script, JSON.stringify(options)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const line of chunk.split("\n")) if (line.trim()) progress(`[process ${index + 1}] ${line.trim()}`);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    // "close", not "exit": by then stdout has been read to its end.
    child.on("close", (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !last.startsWith("{")) {
    throw new Error(`lint cost process ${index + 1} exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
  }
  return JSON.parse(last) as LintCostResult;
}

function figuresOf(result: LintCostResult): ProcessFigures {
  const top = result.rules[0];
  return {
    overheadPercent: result.overheadPercent,
    controlOverheadPercent: result.control.overheadPercent,
    anyRuleOverheadPercent: result.anyRule.overheadPercent,
    overheadOverAnyRulePercent: result.overheadOverAnyRulePercent,
    perFileMinOverheadPercent: result.perFileMinOverheadPercent,
    passMedianOverheadPercent: result.passMedianOverheadPercent,
    perFileMinControlPercent: result.control.perFileMinOverheadPercent,
    cpuOverheadPercent: result.cpu.overheadPercent,
    cpuControlPercent: result.cpu.control.overheadPercent,
    cpuMinOverheadPercent: result.cpu.perFileMinOverheadPercent,
    cpuMinControlPercent: result.cpu.control.perFileMinOverheadPercent,
    pooledOverheadPercent: result.pooled.overheadPercent,
    pooledCpuOverheadPercent: result.pooled.cpuOverheadPercent,
    mutator: result.mutator,
    filesBootstrapSd: result.filesBootstrapSd,
    largestRule: top ? { rule: top.rule, sharePercent: top.sharePercent } : null,
  };
}

/** The medians over the processes; pass-level summaries pool every process's passes. */
export function combineRuns(runs: readonly LintCostResult[]): LintCostRuns {
  if (runs.length === 0) throw new Error("combineRuns: no lint cost runs");
  const mid = (pick: (run: LintCostResult) => number) => median(runs.map(pick));
  const pooled = (pick: (run: LintCostResult) => number[]) => runs.flatMap(pick);
  const withoutPasses = pooled((run) => run.passesMs.without);
  const withPasses = pooled((run) => run.passesMs.with);
  const controlPasses = pooled((run) => run.passesMs.control);
  const anyRulePasses = pooled((run) => run.passesMs.anyRule);
  const ruleNames = [...new Set(runs.flatMap((run) => run.rules.map((rule) => rule.rule)))];
  const rules: RuleShare[] = ruleNames
    .map((name) => {
      const entries = runs.map((run) => run.rules.find((rule) => rule.rule === name)).filter((rule) => rule !== undefined);
      return {
        rule: name,
        ms: summarize(entries.flatMap((entry) => entry.passesMs)),
        passesMs: entries.flatMap((entry) => entry.passesMs),
        perFileMedianMs: median(entries.map((entry) => entry.perFileMedianMs)),
        sharePercent: median(entries.map((entry) => entry.sharePercent)),
      };
    })
    .sort((a, b) => b.sharePercent - a.sharePercent);
  return {
    pairs: runs.reduce((sum, run) => sum + run.pairs, 0),
    withoutMs: summarize(withoutPasses),
    withMs: summarize(withPasses),
    passesMs: { without: withoutPasses, with: withPasses, control: controlPasses, anyRule: anyRulePasses },
    overheadPercent: mid((run) => run.overheadPercent),
    pairOverheadPercent: summarize(pairwise(withoutPasses, withPasses, percentOver)),
    passMedianOverheadPercent: median(pairwise(withoutPasses, withPasses, percentOver)),
    overheadOfMediansPercent: percentOver(median(withoutPasses), median(withPasses)),
    perFileMinOverheadPercent: mid((run) => run.perFileMinOverheadPercent),
    control: {
      overheadPercent: mid((run) => run.control.overheadPercent),
      pairOverheadPercent: summarize(pairwise(withoutPasses, controlPasses, percentOver)),
      passMedianOverheadPercent: median(pairwise(withoutPasses, controlPasses, percentOver)),
      perFileMinOverheadPercent: mid((run) => run.control.perFileMinOverheadPercent),
    },
    anyRule: {
      overheadPercent: mid((run) => run.anyRule.overheadPercent),
      perFileMinOverheadPercent: mid((run) => run.anyRule.perFileMinOverheadPercent),
    },
    overheadOverAnyRulePercent: mid((run) => run.overheadOverAnyRulePercent),
    cpu: {
      overheadPercent: mid((run) => run.cpu.overheadPercent),
      perFileMinOverheadPercent: mid((run) => run.cpu.perFileMinOverheadPercent),
      control: {
        overheadPercent: mid((run) => run.cpu.control.overheadPercent),
        perFileMinOverheadPercent: mid((run) => run.cpu.control.perFileMinOverheadPercent),
      },
      anyRule: {
        overheadPercent: mid((run) => run.cpu.anyRule.overheadPercent),
        perFileMinOverheadPercent: mid((run) => run.cpu.anyRule.perFileMinOverheadPercent),
      },
    },
    pooled: {
      overheadPercent: mid((run) => run.pooled.overheadPercent),
      cpuOverheadPercent: mid((run) => run.pooled.cpuOverheadPercent),
    },
    mutator: {
      overheadPercent: mid((run) => run.mutator.overheadPercent),
      controlPercent: mid((run) => run.mutator.controlPercent),
      anyRulePercent: mid((run) => run.mutator.anyRulePercent),
      plusGcOverheadPercent: mid((run) => run.mutator.plusGcOverheadPercent),
      plusGcControlPercent: mid((run) => run.mutator.plusGcControlPercent),
      gcMsPerPass: {
        without: mid((run) => run.mutator.gcMsPerPass.without),
        with: mid((run) => run.mutator.gcMsPerPass.with),
        control: mid((run) => run.mutator.gcMsPerPass.control),
        anyRule: mid((run) => run.mutator.gcMsPerPass.anyRule),
      },
    },
    filesBootstrapSd: {
      overhead: mid((run) => run.filesBootstrapSd.overhead),
      control: mid((run) => run.filesBootstrapSd.control),
    },
    rules,
    shareBaselineMs: mid((run) => run.shareBaselineMs),
    problems: runs[0]!.problems,
    // Every process lints the same files, so a file one of them crashed on is named once.
    crashes: [...new Map(runs.flatMap((run) => run.crashes).map((crash) => [crash.filePath, crash])).values()],
    processes: runs.map(figuresOf),
  };
}

/** Runs the lint cost in `processes` fresh Node processes, one after the other, and combines them. */
export async function measureLintCostInProcesses(
  options: ProcessOptions & { processes: number; progress: (line: string) => void },
): Promise<LintCostRuns> {
  const { processes, progress, ...childOptions } = options;
  const runs: LintCostResult[] = [];
  for (let index = 0; index < processes; index++) {
    progress(`lint cost: process ${index + 1}/${processes}`);
    runs.push(await runChild(childOptions, index, progress));
  }
  return combineRuns(runs);
}

async function child(argument: string): Promise<void> {
  const options = JSON.parse(argument) as ProcessOptions;
  const configs = await loadPoolguardConfigs();
  if ("missing" in configs) throw new Error(configs.missing);
  const corpus = await buildLintCorpus({
    root: options.root,
    generatedFiles: options.generatedFiles,
    nodeModulesFiles: options.nodeModulesFiles,
  });
  const result = await measureLintCost({
    cwd: options.root,
    files: corpus.files,
    recommended: configs.recommended,
    pairs: options.pairs,
    statsPasses: options.statsPasses,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  child(process.argv[2] ?? "{}").catch((error: unknown) => {
    process.stderr.write(`lint cost process: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
