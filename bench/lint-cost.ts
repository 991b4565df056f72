// Lint cost: the corpus linted with the parser and no rules, and with `configs.recommended`, alternating file by
// file (so drift on the shared machine falls on both sides), several passes, compared on medians.
// Each rule's share comes from separate passes with ESLint's `stats` (per-rule timing wraps every listener, which
// must not inflate the overhead figure itself).
import type { ESLint, Linter } from "eslint";
import type { CorpusFile } from "./corpus/lint-corpus.js";
import { createEslint, parserOnly } from "./lint-config.js";
import { interleavedPass, lintPass, type LintCrash } from "./lint-pass.js";
import { median, overheadPercent, pairwise, perFileTotal, summarize, type Summary } from "./stats.js";

export interface RuleShare {
  rule: string;
  ms: Summary;
  /** 100 × the rule's median time ÷ the median time of the corpus linted without rules. */
  sharePercent: number;
}

export interface LintCostResult {
  pairs: number;
  withoutMs: Summary;
  withMs: Summary;
  /**
   * The median of the passes' own overheads, 100 × (with − without) ÷ without within one pass: both sides of a
   * pass ran interleaved under the same load, where the medians of each side may come from different passes.
   */
  overheadPercent: number;
  /** The overhead of each pass taken on its own. */
  pairOverheadPercent: Summary;
  /** 100 × (median with − median without) ÷ median without, for comparison. */
  overheadOfMediansPercent: number;
  /**
   * A second parser-only configuration, measured like `recommended` in the same passes (an A/A comparison): its
   * "overhead" would be 0 on a quiet machine, so it shows how far this run's figures can be trusted.
   */
  control: {
    /** Same estimator as `overheadPercent`. */
    overheadPercent: number;
    pairOverheadPercent: Summary;
  };
  /**
   * The same passes, reduced file by file before summing: each file's median (or minimum) time over the passes.
   * A burst of other work on the machine lands on a few files of one pass, which a file's median or minimum
   * leaves out, where it moves a whole pass's sum.
   */
  perFile: {
    medianOverheadPercent: number;
    minOverheadPercent: number;
    controlMedianOverheadPercent: number;
    controlMinOverheadPercent: number;
  };
  rules: RuleShare[];
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

export async function measureLintCost(options: LintCostOptions): Promise<LintCostResult> {
  const configs = [[parserOnly], [parserOnly, ...options.recommended], [parserOnly]];
  const freshInstances = (pass: number): ESLint[] => {
    const made: ESLint[] = [];
    for (let turn = 0; turn < configs.length; turn++) {
      const index = (pass + turn) % configs.length;
      made[index] = createEslint(options.cwd, configs[index]!);
    }
    return made;
  };
  const [without, withRules, control] = freshInstances(0) as [ESLint, ESLint, ESLint];
  const withStats = createEslint(options.cwd, [parserOnly, ...options.recommended], { stats: true });

  // Warm-up (JIT, lazily loaded modules) doubles as the crash check: files a rule throws on are set aside.
  const warm = await lintPass(withRules, options.files);
  if (warm.ignored > 0) throw new Error(`lint cost: ESLint ignored ${warm.ignored} corpus files; their paths are wrong`);
  const crashed = new Set(warm.crashes.map((crash) => crash.filePath));
  const files = options.files.filter((file) => !crashed.has(file.filePath));
  await lintPass(without, files);
  await lintPass(control, files);
  options.progress(`lint cost: warm-up done (${warm.problems} problems, ${warm.crashes.length} crashes)`);

  const withoutMs: number[] = [];
  const withMs: number[] = [];
  const controlMs: number[] = [];
  const fileMs: { without: number[][]; with: number[][]; control: number[][] } = { without: [], with: [], control: [] };
  let problems = 0;
  for (let pair = 0; pair < options.pairs; pair++) {
    // Fresh ESLint instances for every pass, made in a rotating order: two identical parser-only instances were
    // measured several % apart within one process (an A/A test), so each pass draws its instances anew and the
    // median over the passes averages whatever an instance carries.
    const [bare, rules, again] = await interleavedPass(freshInstances(pair), files, pair);
    withoutMs.push(bare!.ms);
    withMs.push(rules!.ms);
    controlMs.push(again!.ms);
    fileMs.without.push(bare!.fileMs);
    fileMs.with.push(rules!.fileMs);
    fileMs.control.push(again!.fileMs);
    problems = rules!.problems;
    options.progress(
      `lint cost: pass ${pair + 1}/${options.pairs}: without ${withoutMs.at(-1)!.toFixed(0)} ms, ` +
        `with recommended ${withMs.at(-1)!.toFixed(0)} ms, without again (control) ${controlMs.at(-1)!.toFixed(0)} ms`,
    );
  }
  const minimum = (values: readonly number[]) => Math.min(...values);
  const perFileOverhead = (side: number[][], pick: (values: readonly number[]) => number) =>
    overheadPercent(perFileTotal(fileMs.without, pick), perFileTotal(side, pick));

  const ruleSamples = new Map<string, number[]>();
  for (let pass = 0; pass < options.statsPasses; pass++) {
    const result = await lintPass(withStats, files);
    for (const [rule, ms] of Object.entries(result.ruleMs)) {
      if (!ruleSamples.has(rule)) ruleSamples.set(rule, []);
      ruleSamples.get(rule)!.push(ms);
    }
    options.progress(`lint cost: per-rule timing pass ${pass + 1}/${options.statsPasses}`);
  }
  const baseline = median(withoutMs);
  const rules = [...ruleSamples]
    .map(([rule, samples]) => ({ rule, ms: summarize(samples), sharePercent: (100 * median(samples)) / baseline }))
    .sort((a, b) => b.sharePercent - a.sharePercent);

  return {
    pairs: options.pairs,
    withoutMs: summarize(withoutMs),
    withMs: summarize(withMs),
    overheadPercent: median(pairwise(withoutMs, withMs, overheadPercent)),
    pairOverheadPercent: summarize(pairwise(withoutMs, withMs, overheadPercent)),
    overheadOfMediansPercent: overheadPercent(baseline, median(withMs)),
    control: {
      overheadPercent: median(pairwise(withoutMs, controlMs, overheadPercent)),
      pairOverheadPercent: summarize(pairwise(withoutMs, controlMs, overheadPercent)),
    },
    perFile: {
      medianOverheadPercent: perFileOverhead(fileMs.with, median),
      minOverheadPercent: perFileOverhead(fileMs.with, minimum),
      controlMedianOverheadPercent: perFileOverhead(fileMs.control, median),
      controlMinOverheadPercent: perFileOverhead(fileMs.control, minimum),
    },
    rules,
    problems,
    crashes: warm.crashes,
  };
}
