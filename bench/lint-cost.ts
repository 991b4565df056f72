// Lint cost: the corpus linted with the parser and no rules, and with `configs.recommended`, interleaved file by
// file (so drift on the shared machine falls on both sides), several passes, compared on each file's median.
// Each rule's share comes from separate passes with ESLint's `stats` (per-rule timing wraps every listener, which
// must not inflate the overhead figure itself).
import type { ESLint, Linter } from "eslint";
import type { CorpusFile } from "./corpus/lint-corpus.js";
import { createEslint, oneNoOpRule, parserOnly } from "./lint-config.js";
import { interleavedPass, lintPass, type LintCrash } from "./lint-pass.js";
import { seededRandom } from "./seeded-order.js";
import { filesBootstrapSd, median, overheadPercent, pairwise, perFileTotal, summarize, type Summary } from "./stats.js";

export interface RuleShare {
  rule: string;
  /** The rule's time per timing pass (the pass's sum over the files). */
  ms: Summary;
  /** The samples behind `ms`. */
  passesMs: number[];
  /** The rule's time with each file's median over the timing passes, summed over the files. */
  perFileMedianMs: number;
  /**
   * 100 × perFileMedianMs ÷ the corpus time without rules in whole passes taking turns with the timing passes,
   * reduced the same way (each file's median, summed): see shareBaselineMs.
   */
  sharePercent: number;
}

export interface LintCostResult {
  pairs: number;
  withoutMs: Summary;
  withMs: Summary;
  /** Each pass's sums, in pass order (to pool passes across processes). */
  passesMs: { without: number[]; with: number[]; control: number[]; anyRule: number[] };
  /**
   * The headline: 100 × (with − without) ÷ without, each side's time taken file by file — each file's median over
   * the passes, summed. A burst of other work on the machine (or a garbage collection that lands on one file) moves
   * one file of one pass, which the file's median leaves out, where it moves a whole pass's sum. Of the estimators
   * below, this one has kept the A/A control nearest 0.
   */
  overheadPercent: number;
  /** Each pass's own overhead, 100 × (with − without) ÷ without within the pass. */
  pairOverheadPercent: Summary;
  /** The median of the passes' own overheads (the headline before the per-file reduction). */
  passMedianOverheadPercent: number;
  /** 100 × (median with − median without) ÷ median without, for comparison. */
  overheadOfMediansPercent: number;
  /** Each file's minimum over the passes instead of its median. */
  perFileMinOverheadPercent: number;
  /**
   * A second parser-only configuration, measured like `recommended` in the same passes (an A/A comparison): its
   * "overhead" would be 0 on a quiet machine, so it shows how far this run's figures can be trusted.
   */
  control: {
    /** Same estimator as `overheadPercent`. */
    overheadPercent: number;
    pairOverheadPercent: Summary;
    passMedianOverheadPercent: number;
    perFileMinOverheadPercent: number;
  };
  /**
   * The parser and one rule that does nothing (`oneNoOpRule`), measured like `recommended` in the same passes: what
   * ESLint costs as soon as any rule is on, before a rule does anything.
   */
  anyRule: {
    /** Same estimator as `overheadPercent`, over the parser alone. */
    overheadPercent: number;
    perFileMinOverheadPercent: number;
  };
  /**
   * `recommended` over the no-op rule: 100 × (with − any rule) ÷ any rule, per-file medians. Not a clean measure of
   * poolguard's own part: interleaved, the garbage collection any rule causes lands on every side (lint-any-rule.ts).
   */
  overheadOverAnyRulePercent: number;
  /**
   * The same estimators over each file's CPU time of the process (every thread: the collector's and compiler's
   * helper threads included) instead of its wall-clock time, which also counts the time the process waited for a
   * core while other work ran on this shared machine. Measured in the same passes, so side by side with the above.
   */
  cpu: {
    overheadPercent: number;
    perFileMinOverheadPercent: number;
    control: { overheadPercent: number; perFileMinOverheadPercent: number };
    anyRule: { overheadPercent: number; perFileMinOverheadPercent: number };
  };
  /**
   * The overhead over a pooled baseline: each file's median over the samples of both parser-only sides (the one the
   * headline uses and the control: 2 × pairs samples of one cost), wall clock and CPU time. The headline's baseline
   * is one side's samples, so its error is that side's as much as `recommended`'s, and the control (which shares the
   * baseline) moves with it; pooled, the baseline's part of the error falls by about √2 (see verdict.ts).
   */
  pooled: { overheadPercent: number; cpuOverheadPercent: number };
  /**
   * The same per-file medians over each lint's wall-clock time less the garbage collection pauses that began inside
   * it (the mutator's time), with the A/A control and the no-op rule; and each side's pause time per pass (median
   * over the passes). Interleaved, a pause lands on the lint that is allocating when the young generation fills,
   * whichever side made what the pause copies: a side's share of the pauses is a draw, which these leave out.
   */
  mutator: {
    overheadPercent: number;
    controlPercent: number;
    anyRulePercent: number;
    /** The mutator's per-file medians plus the side's pauses per pass (median over the passes), and its control. */
    plusGcOverheadPercent: number;
    plusGcControlPercent: number;
    gcMsPerPass: { without: number; with: number; control: number; anyRule: number };
  };
  /**
   * The headline's and the control's standard deviation over resamplings of the files (stats.ts filesBootstrapSd,
   * 2,000 draws, seeded): the part of this process's error that its files' own noise accounts for.
   */
  filesBootstrapSd: { overhead: number; control: number };
  rules: RuleShare[];
  /** The parser alone in whole passes taking turns with the timing passes, each file's median summed: the shares' base. */
  shareBaselineMs: number;
  /** Problems reported by `recommended` on the corpus (the generated modules contain some leaks). */
  problems: number;
  /** Files on which a rule threw; left out of the timed passes. */
  crashes: LintCrash[];
}

export interface LintCostOptions {
  cwd: string;
  files: readonly CorpusFile[];
  recommended: readonly Linter.Config[];
  pairs: number;
  statsPasses: number;
  progress: (line: string) => void;
}

/** The headline's and the control's sd over 2,000 resamplings of the files' medians (seeded: repeatable). */
function bootstrapOf(fileMs: { without: number[][]; with: number[][]; control: number[][] }): LintCostResult["filesBootstrapSd"] {
  const perFile = (samples: number[][]) => (samples[0] ?? []).map((_, file) => median(samples.map((pass) => pass[file]!)));
  const without = perFile(fileMs.without);
  return {
    overhead: filesBootstrapSd(without, perFile(fileMs.with), 2000, seededRandom(1)),
    control: filesBootstrapSd(without, perFile(fileMs.control), 2000, seededRandom(2)),
  };
}

export async function measureLintCost(options: LintCostOptions): Promise<LintCostResult> {
  const configs = [[parserOnly], [parserOnly, ...options.recommended], [parserOnly], oneNoOpRule];
  const freshInstances = (pass: number): ESLint[] => {
    const made: ESLint[] = [];
    for (let turn = 0; turn < configs.length; turn++) {
      const index = (pass + turn) % configs.length;
      made[index] = createEslint(options.cwd, configs[index]!);
    }
    return made;
  };
  const [without, withRules, control, anyRule] = freshInstances(0) as [ESLint, ESLint, ESLint, ESLint];
  const withStats = createEslint(options.cwd, [parserOnly, ...options.recommended], { stats: true });

  // Warm-up (JIT, lazily loaded modules) doubles as the crash check: files a rule throws on are set aside.
  const warm = await lintPass(withRules, options.files);
  if (warm.ignored > 0) throw new Error(`lint cost: ESLint ignored ${warm.ignored} corpus files; their paths are wrong`);
  const crashed = new Set(warm.crashes.map((crash) => crash.filePath));
  const files = options.files.filter((file) => !crashed.has(file.filePath));
  await lintPass(without, files);
  await lintPass(control, files);
  await lintPass(anyRule, files);
  options.progress(`lint cost: warm-up done (${warm.problems} problems, ${warm.crashes.length} crashes)`);

  const withoutMs: number[] = [];
  const withMs: number[] = [];
  const controlMs: number[] = [];
  const anyRuleMs: number[] = [];
  const fileMs = { without: [] as number[][], with: [] as number[][], control: [] as number[][], anyRule: [] as number[][] };
  const fileCpuMs = { without: [] as number[][], with: [] as number[][], control: [] as number[][], anyRule: [] as number[][] };
  const fileMutatorMs = { without: [] as number[][], with: [] as number[][], control: [] as number[][], anyRule: [] as number[][] };
  const gcMs = { without: [] as number[], with: [] as number[], control: [] as number[], anyRule: [] as number[] };
  let problems = 0;
  for (let pair = 0; pair < options.pairs; pair++) {
    // Fresh ESLint instances for every pass, made in a rotating order: two identical parser-only instances were
    // measured several % apart within one process (an A/A test), so each pass draws its instances anew and the
    // median over the passes averages whatever an instance carries.
    const [bare, rules, again, noOp] = await interleavedPass(freshInstances(pair), files, pair);
    withoutMs.push(bare!.ms);
    withMs.push(rules!.ms);
    controlMs.push(again!.ms);
    anyRuleMs.push(noOp!.ms);
    fileMs.without.push(bare!.fileMs);
    fileMs.with.push(rules!.fileMs);
    fileMs.control.push(again!.fileMs);
    fileMs.anyRule.push(noOp!.fileMs);
    fileCpuMs.without.push(bare!.fileCpuMs);
    fileCpuMs.with.push(rules!.fileCpuMs);
    fileCpuMs.control.push(again!.fileCpuMs);
    fileCpuMs.anyRule.push(noOp!.fileCpuMs);
    const sides = { without: bare!, with: rules!, control: again!, anyRule: noOp! };
    for (const [name, side] of Object.entries(sides) as [keyof typeof sides, typeof bare][]) {
      fileMutatorMs[name].push(side!.fileMs.map((ms, file) => ms - side!.fileGcMs[file]!));
      gcMs[name].push(side!.fileGcMs.reduce((sum, ms) => sum + ms, 0));
    }
    problems = rules!.problems;
    options.progress(
      `lint cost: pass ${pair + 1}/${options.pairs}: without ${withoutMs.at(-1)!.toFixed(0)} ms, ` +
        `with recommended ${withMs.at(-1)!.toFixed(0)} ms, without again (control) ${controlMs.at(-1)!.toFixed(0)} ms, ` +
        `one no-op rule ${anyRuleMs.at(-1)!.toFixed(0)} ms`,
    );
  }
  const minimum = (values: readonly number[]) => Math.min(...values);
  const perFileOverhead = (side: number[][], pick: (values: readonly number[]) => number) =>
    overheadPercent(perFileTotal(fileMs.without, pick), perFileTotal(side, pick));
  const perFileCpuOverhead = (side: number[][], pick: (values: readonly number[]) => number) =>
    overheadPercent(perFileTotal(fileCpuMs.without, pick), perFileTotal(side, pick));
  const perFileMutatorOverhead = (side: number[][]) =>
    overheadPercent(perFileTotal(fileMutatorMs.without, median), perFileTotal(side, median));
  const plusGc = (side: keyof typeof gcMs) => perFileTotal(fileMutatorMs[side], median) + median(gcMs[side]);

  // Per-rule timing: each rule's time file by file (ESLint's stats are per file), each file's median over the passes.
  // Its baseline is the parser alone in whole passes too, taking turns with the timing passes, reduced the same way:
  // a file linted once in a pass is not linted like one linted four times in a row (interleaved, the others find it
  // in the caches, and garbage collection lands differently), so numerator and denominator are measured alike.
  const ruleSamples = new Map<string, number[]>();
  const ruleFileSamples = new Map<string, number[][]>();
  const baselineFileSamples: number[][] = [];
  for (let pass = 0; pass < options.statsPasses; pass++) {
    const bareFirst = pass % 2 === 0;
    if (bareFirst) baselineFileSamples.push((await lintPass(without, files)).fileMs);
    const result = await lintPass(withStats, files);
    if (!bareFirst) baselineFileSamples.push((await lintPass(without, files)).fileMs);
    for (const [rule, ms] of Object.entries(result.ruleMs)) {
      if (!ruleSamples.has(rule)) ruleSamples.set(rule, []);
      ruleSamples.get(rule)!.push(ms);
      if (!ruleFileSamples.has(rule)) ruleFileSamples.set(rule, []);
      ruleFileSamples.get(rule)!.push(result.ruleFileMs[rule] ?? []);
    }
    options.progress(`lint cost: per-rule timing pass ${pass + 1}/${options.statsPasses}`);
  }
  const baseline = perFileTotal(baselineFileSamples, median);
  const rules = [...ruleSamples]
    .map(([rule, samples]) => {
      const perFileMedianMs = perFileTotal(ruleFileSamples.get(rule)!, median);
      return { rule, ms: summarize(samples), passesMs: samples, perFileMedianMs, sharePercent: (100 * perFileMedianMs) / baseline };
    })
    .sort((a, b) => b.sharePercent - a.sharePercent);

  return {
    pairs: options.pairs,
    withoutMs: summarize(withoutMs),
    withMs: summarize(withMs),
    passesMs: { without: withoutMs, with: withMs, control: controlMs, anyRule: anyRuleMs },
    overheadPercent: perFileOverhead(fileMs.with, median),
    pairOverheadPercent: summarize(pairwise(withoutMs, withMs, overheadPercent)),
    passMedianOverheadPercent: median(pairwise(withoutMs, withMs, overheadPercent)),
    overheadOfMediansPercent: overheadPercent(median(withoutMs), median(withMs)),
    perFileMinOverheadPercent: perFileOverhead(fileMs.with, minimum),
    control: {
      overheadPercent: perFileOverhead(fileMs.control, median),
      pairOverheadPercent: summarize(pairwise(withoutMs, controlMs, overheadPercent)),
      passMedianOverheadPercent: median(pairwise(withoutMs, controlMs, overheadPercent)),
      perFileMinOverheadPercent: perFileOverhead(fileMs.control, minimum),
    },
    anyRule: {
      overheadPercent: perFileOverhead(fileMs.anyRule, median),
      perFileMinOverheadPercent: perFileOverhead(fileMs.anyRule, minimum),
    },
    overheadOverAnyRulePercent: overheadPercent(perFileTotal(fileMs.anyRule, median), perFileTotal(fileMs.with, median)),
    cpu: {
      overheadPercent: perFileCpuOverhead(fileCpuMs.with, median),
      perFileMinOverheadPercent: perFileCpuOverhead(fileCpuMs.with, minimum),
      control: {
        overheadPercent: perFileCpuOverhead(fileCpuMs.control, median),
        perFileMinOverheadPercent: perFileCpuOverhead(fileCpuMs.control, minimum),
      },
      anyRule: {
        overheadPercent: perFileCpuOverhead(fileCpuMs.anyRule, median),
        perFileMinOverheadPercent: perFileCpuOverhead(fileCpuMs.anyRule, minimum),
      },
    },
    pooled: {
      overheadPercent: overheadPercent(
        perFileTotal([...fileMs.without, ...fileMs.control], median),
        perFileTotal(fileMs.with, median),
      ),
      cpuOverheadPercent: overheadPercent(
        perFileTotal([...fileCpuMs.without, ...fileCpuMs.control], median),
        perFileTotal(fileCpuMs.with, median),
      ),
    },
    mutator: {
      overheadPercent: perFileMutatorOverhead(fileMutatorMs.with),
      controlPercent: perFileMutatorOverhead(fileMutatorMs.control),
      anyRulePercent: perFileMutatorOverhead(fileMutatorMs.anyRule),
      plusGcOverheadPercent: overheadPercent(plusGc("without"), plusGc("with")),
      plusGcControlPercent: overheadPercent(plusGc("without"), plusGc("control")),
      gcMsPerPass: {
        without: median(gcMs.without),
        with: median(gcMs.with),
        control: median(gcMs.control),
        anyRule: median(gcMs.anyRule),
      },
    },
    filesBootstrapSd: bootstrapOf(fileMs),
    rules,
    shareBaselineMs: baseline,
    problems,
    crashes: warm.crashes,
  };
}
