// Scaling: one generated file at each size (1k, 10k, 50k lines by default) with acquisitions in proportion,
// linted with `configs.recommended` and ESLint's per-rule timing. A rule that walks the whole tree for each
// acquisition would make the cost per line grow with the file; flat means linear. Small files are linted several
// times per measurement so that every measurement covers about the same number of lines.
import type { Linter } from "eslint";
import type { GeneratedFile } from "./corpus/generate.js";
import { createEslint, parserOnly } from "./lint-config.js";
import { lintPass } from "./lint-pass.js";
import { summarize, type Summary } from "./stats.js";

export interface SizeFigures {
  lines: number;
  acquisitions: number;
  /** Times the file is linted in one measurement. */
  repeats: number;
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
  files: readonly GeneratedFile[];
  recommended: readonly Linter.Config[];
  rounds: number;
  /** Lines linted per measurement (the smallest file is repeated to reach it). */
  linesPerMeasurement: number;
  progress: (line: string) => void;
}

const spread = (values: readonly number[]) => Math.max(...values) / Math.min(...values);

export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  const eslint = createEslint(options.cwd, [parserOnly, ...options.recommended], { stats: true });
  const plans = options.files.map((file) => {
    const repeats = Math.max(1, Math.round(options.linesPerMeasurement / file.lines));
    const input = { filePath: file.path, text: file.text, lines: file.lines };
    return { file, repeats, inputs: Array.from({ length: repeats }, () => input), lint: [] as number[], rules: [] as number[] };
  });
  // Warm-up on the smallest file, so the first size measured does not pay for the JIT.
  await lintPass(eslint, plans[0]!.inputs);
  for (let round = 0; round < options.rounds; round++) {
    const order = plans.map((_, index) => plans[(index + round) % plans.length]!);
    for (const plan of order) {
      const result = await lintPass(eslint, plan.inputs);
      if (result.crashes.length > 0) {
        throw new Error(`scaling: a rule crashed on the ${plan.file.lines}-line file: ${result.crashes[0]!.message}`);
      }
      const lines = plan.file.lines * plan.repeats;
      const rulesMs = Object.entries(result.ruleMs)
        .filter(([rule]) => rule.startsWith("poolguard/"))
        .reduce((sum, [, ms]) => sum + ms, 0);
      plan.lint.push((1000 * result.ms) / lines);
      plan.rules.push((1000 * rulesMs) / lines);
    }
    options.progress(
      `scaling: round ${round + 1}/${options.rounds}: ` +
        plans.map((plan) => `${plan.file.lines} lines ${plan.rules.at(-1)!.toFixed(2)} µs/line in rules`).join(", "),
    );
  }
  const sizes = plans.map((plan) => ({
    lines: plan.file.lines,
    acquisitions: plan.file.stats.acquisitions,
    repeats: plan.repeats,
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
