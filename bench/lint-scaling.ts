// Scaling: generated files at each size (1k, 10k, 50k lines by default) with acquisitions in proportion,
// linted with `configs.recommended` and ESLint's per-rule timing. A rule that walks the whole tree for each
// acquisition would make the cost per line grow with the file; flat means linear. Every measurement covers about
// the same number of lines: of the small sizes, several different files (see writeScalingFiles).
import type { Linter } from "eslint";
import type { ScalingSize } from "./corpus/generate.js";
import { createEslint, parserOnly } from "./lint-config.js";
import { lintPass } from "./lint-pass.js";
import { summarize, type Summary } from "./stats.js";

export interface SizeFigures {
  /** Lines of each file. */
  lines: number;
  /** Files of this size linted in one measurement (each once). */
  files: number;
  /** Acquisitions in those files together. */
  acquisitions: number;
  /** Microseconds per line: the whole lint (parse included) with recommended. */
  lintMicrosPerLine: Summary;
  /** Microseconds per line spent in poolguard's rules (ESLint's per-rule timing). */
  rulesMicrosPerLine: Summary;
}

export interface ScalingResult {
  sizes: SizeFigures[];
  /** Largest ÷ smallest median per-line cost of poolguard's rules over the sizes. */
  rulesPerLineRatio: number;
  /** The same for the whole lint. */
  lintPerLineRatio: number;
  rounds: number;
}

export interface ScalingOptions {
  cwd: string;
  sizes: readonly ScalingSize[];
  recommended: readonly Linter.Config[];
  rounds: number;
  progress: (line: string) => void;
}

const spread = (values: readonly number[]) => Math.max(...values) / Math.min(...values);

export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  const eslint = createEslint(options.cwd, [parserOnly, ...options.recommended], { stats: true });
  const plans = options.sizes.map((size) => ({
    size,
    inputs: size.files.map((file) => ({ filePath: file.path, text: file.text, lines: file.lines })),
    lines: size.files.reduce((sum, file) => sum + file.lines, 0),
    lint: [] as number[],
    rules: [] as number[],
  }));
  // Warm-up on the first size's files, so the first size measured does not pay for the JIT.
  await lintPass(eslint, plans[0]!.inputs);
  for (let round = 0; round < options.rounds; round++) {
    const order = plans.map((_, index) => plans[(index + round) % plans.length]!);
    for (const plan of order) {
      const result = await lintPass(eslint, plan.inputs);
      if (result.crashes.length > 0) {
        throw new Error(`scaling: a rule crashed on ${result.crashes[0]!.filePath}: ${result.crashes[0]!.message}`);
      }
      const rulesMs = Object.entries(result.ruleMs)
        .filter(([rule]) => rule.startsWith("poolguard/"))
        .reduce((sum, [, ms]) => sum + ms, 0);
      plan.lint.push((1000 * result.ms) / plan.lines);
      plan.rules.push((1000 * rulesMs) / plan.lines);
    }
    options.progress(
      `scaling: round ${round + 1}/${options.rounds}: ` +
        plans.map((plan) => `${plan.size.lines} lines ${plan.rules.at(-1)!.toFixed(2)} µs/line in rules`).join(", "),
    );
  }
  const sizes = plans.map((plan) => ({
    lines: plan.size.lines,
    files: plan.size.files.length,
    acquisitions: plan.size.files.reduce((sum, file) => sum + file.stats.acquisitions, 0),
    lintMicrosPerLine: summarize(plan.lint),
    rulesMicrosPerLine: summarize(plan.rules),
  }));
  return {
    sizes,
    rulesPerLineRatio: spread(sizes.map((size) => size.rulesMicrosPerLine.median)),
    lintPerLineRatio: spread(sizes.map((size) => size.lintMicrosPerLine.median)),
    rounds: options.rounds,
  };
}
