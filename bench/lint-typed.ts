// Type-aware mode: `configs["recommended-type-checked"]` against typescript-eslint's `no-floating-promises`, the
// type-aware rule most projects already run, on the same generated TypeScript project, both with type information
// from the same project service (its program is built once, in the warm-up, and shared by both sides).
import type { Linter } from "eslint";
import type { LintInput } from "./lint-pass.js";
import { createEslint, noFloatingPromises, parserOnly, typeInformation } from "./lint-config.js";
import { interleavedPass, lintPass } from "./lint-pass.js";
import { median, summarize, type Summary } from "./stats.js";

export interface TypedResult {
  files: number;
  lines: number;
  pairs: number;
  poolguardMs: Summary;
  noFloatingPromisesMs: Summary;
  /** Median over the passes of (time with recommended-type-checked ÷ time with no-floating-promises) in the pass. */
  ratio: number;
  /** Time inside the rules only (ESLint's per-rule timing): poolguard's rules together ÷ no-floating-promises. */
  rulesOnlyRatio: number;
  poolguardRulesMs: number;
  noFloatingPromisesRuleMs: number;
  problems: { poolguard: number; noFloatingPromises: number };
}

export interface TypedOptions {
  cwd: string;
  /** Root of the TypeScript project the files belong to (where its tsconfig.json is). */
  tsconfigRootDir: string;
  files: readonly LintInput[];
  recommendedTypeChecked: readonly Linter.Config[];
  pairs: number;
  progress: (line: string) => void;
}

const ruleTotal = (ruleMs: Record<string, number>, prefix: string) =>
  Object.entries(ruleMs)
    .filter(([rule]) => rule.startsWith(prefix))
    .reduce((sum, [, ms]) => sum + ms, 0);

export async function measureTyped(options: TypedOptions): Promise<TypedResult> {
  const types = typeInformation(options.tsconfigRootDir);
  const poolguardConfig = [parserOnly, ...options.recommendedTypeChecked, types];
  const floatingConfig = [parserOnly, ...noFloatingPromises, types];
  const poolguard = createEslint(options.cwd, poolguardConfig);
  const floating = createEslint(options.cwd, floatingConfig);

  const warm = await lintPass(poolguard, options.files);
  if (warm.crashes.length > 0) throw new Error(`type-aware: a rule crashed: ${warm.crashes[0]!.message}`);
  if (warm.ignored > 0) throw new Error(`type-aware: ESLint ignored ${warm.ignored} files; their paths are wrong`);
  await lintPass(floating, options.files);
  options.progress("type-aware: warm-up done (program built)");

  const poolguardMs: number[] = [];
  const floatingMs: number[] = [];
  const problems = { poolguard: 0, noFloatingPromises: 0 };
  for (let pair = 0; pair < options.pairs; pair++) {
    const [ours, theirs] = await interleavedPass([poolguard, floating], options.files, pair);
    poolguardMs.push(ours!.ms);
    floatingMs.push(theirs!.ms);
    problems.poolguard = ours!.problems;
    problems.noFloatingPromises = theirs!.problems;
    options.progress(
      `type-aware: pass ${pair + 1}/${options.pairs}: recommended-type-checked ${poolguardMs.at(-1)!.toFixed(0)} ms, ` +
        `no-floating-promises ${floatingMs.at(-1)!.toFixed(0)} ms`,
    );
  }

  const poolguardStats = await lintPass(createEslint(options.cwd, poolguardConfig, { stats: true }), options.files);
  const floatingStats = await lintPass(createEslint(options.cwd, floatingConfig, { stats: true }), options.files);
  const poolguardRulesMs = ruleTotal(poolguardStats.ruleMs, "poolguard/");
  const noFloatingPromisesRuleMs = ruleTotal(floatingStats.ruleMs, "@typescript-eslint/no-floating-promises");
  return {
    files: options.files.length,
    lines: options.files.reduce((sum, file) => sum + file.lines, 0),
    pairs: options.pairs,
    poolguardMs: summarize(poolguardMs),
    noFloatingPromisesMs: summarize(floatingMs),
    ratio: median(poolguardMs.map((ms, index) => ms / floatingMs[index]!)),
    rulesOnlyRatio: poolguardRulesMs / noFloatingPromisesRuleMs,
    poolguardRulesMs,
    noFloatingPromisesRuleMs,
    problems,
  };
}
