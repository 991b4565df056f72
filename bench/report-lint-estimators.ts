// The lint cost's other estimators, rendered beside the headline in docs/benchmarks.md (report.ts): the overhead over
// a pooled baseline, and where the garbage collector's pauses land with the overhead without them.
import type { LintCostRuns } from "./lint-cost-process.js";
import { pooledHalfWidth, verdictOf } from "./verdict.js";

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** The overhead over the pooled parser-only baseline, with its own interval and verdict (not the headline's). */
export function pooledParagraph(part: LintCostRuns): string {
  const controls = part.processes.map((run) => run.controlOverheadPercent);
  const width = pooledHalfWidth(controls);
  const verdict = verdictOf(part.pooled.overheadPercent, width, (value) => value <= 5);
  const each = part.processes.map((run) => fixed(run.pooledOverheadPercent, 2)).join(", ");
  return `Over a pooled baseline instead — by the wall clock, each file's median over the samples of both parser-only
sides, the one above and its control, ${2 * part.pairs} samples of one cost where the headline's baseline has ${part.pairs} — the overhead reads
**${fixed(part.pooled.overheadPercent, 2)} %**${width === null ? "" : ` ± ${fixed(width, 2)}`} (processes: ${each}; CPU time:
${fixed(part.pooled.cpuOverheadPercent, 2)} %), against the target of 5 %: ${verdict}. The wall clock's baseline is one side's samples, so
its error is that side's as much as \`recommended\`'s, and the control, which shares that baseline, moves with it;
pooled, the baseline's part of the error halves (its interval is √(3/4) of the wall clock's, if \`recommended\`'s side
errs as much as a parser-only one: bench/verdict.ts). Reported beside the headline, which it does not replace.`;
}

/** Root mean square about 0: a control's error, bias and spread together (as verdict.ts's controlHalfWidth takes it). */
const rms = (values: readonly number[]) => Math.sqrt(values.reduce((sum, value) => sum + value * value, 0) / values.length);

/**
 * Where the garbage collection pauses land in the interleaved passes, and the overhead without them (the mutator's
 * time): LintCostResult.mutator.
 */
export function pausesParagraph(part: LintCostRuns): string {
  const rows = part.processes.map((run, index) => {
    const { gcMsPerPass: gc, overheadPercent, controlPercent, plusGcOverheadPercent, plusGcControlPercent } = run.mutator;
    return `| ${index + 1} | ${[gc.without, gc.with, gc.control, gc.anyRule].map((ms) => fixed(ms, 0)).join(" | ")} | ${fixed(run.overheadPercent, 2)} | ${fixed(run.controlOverheadPercent, 2)} | ${fixed(overheadPercent, 2)} | ${fixed(controlPercent, 2)} | ${fixed(plusGcOverheadPercent, 2)} | ${fixed(plusGcControlPercent, 2)} |`;
  });
  const controls = (pick: (run: LintCostRuns["processes"][number]) => number) => fixed(rms(part.processes.map(pick)), 2);
  const gc = part.mutator.gcMsPerPass;
  return `Where the garbage collector's pauses land (Node's \`gc\` performance entries, each pause charged to the lint during
which it began): ms of pauses per pass and side (medians over the passes), and the overhead with its control by
wall clock, by the mutator's time (the headline's basis) — each lint's wall clock less the pauses that began in it,
reduced per file like the wall clock — and by the mutator's per-file medians plus the side's pauses per pass, in %:

| process | pauses: parser | \`recommended\` | control | no-op rule | wall | its control | mutator | its control | mutator + pauses | its control |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
| median | ${[gc.without, gc.with, gc.control, gc.anyRule].map((ms) => fixed(ms, 0)).join(" | ")} | ${fixed(part.overheadPercent, 2)} | ${fixed(part.control.overheadPercent, 2)} | ${fixed(part.mutator.overheadPercent, 2)} | ${fixed(part.mutator.controlPercent, 2)} | ${fixed(part.mutator.plusGcOverheadPercent, 2)} | ${fixed(part.mutator.plusGcControlPercent, 2)} |

The controls' root mean square about 0: wall ${controls((run) => run.controlOverheadPercent)}, mutator
${controls((run) => run.mutator.controlPercent)}, mutator + pauses ${controls((run) => run.mutator.plusGcControlPercent)}. A pause costs what
is live when it starts, whoever made it, and lands on whichever lint is allocating when the young generation fills:
a third of a lint's wall clock is pauses, so a side's share of them is a draw that moves its per-file medians.
The mutator's time leaves the draw out, and with it the pauses' cost, which the rules' garbage and ESLint's
retention of each file (see "Running any rule") raise for every side: the wall clock, printed beside the headline,
includes them.

Drawing each process's files again with replacement (2,000 resamplings of its wall-clock per-file medians) moves its
control by a standard deviation of ${part.processes.map((run) => fixed(run.filesBootstrapSd.control, 2)).join(", ")} points (its overhead by
${part.processes.map((run) => fixed(run.filesBootstrapSd.overhead, 2)).join(", ")}), against the controls' root mean square of
${controls((run) => run.controlOverheadPercent)} across the processes: as far as they agree, a process's error is its lints' noise spread over its
files, which more passes reduce, not a state of the process.`;
}
