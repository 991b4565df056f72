// Which estimator lint.overheadPercent, the headline judged against the 5 % target, is computed from, and the
// wall-clock figure printed beside it. lintcost-o's rule, written before the run it was first applied to: an
// estimator becomes the headline's basis when its A/A control's root mean square over the processes is at most half
// the wall clock's in the same run. The mutator's time (each lint's wall clock less the collector's pauses that began
// in it) met it in two full runs running — fb2070f (0.98 against 2.27) and c5f32a6 (1.22 against 2.66) — so the
// headline is the mutator's. Every run says whether the rule still holds in it (docs/benchmarks.md, round seventeen).
import type { LintCostRuns } from "./lint-cost-process.js";
import { controlHalfWidth, MIN_PROCESSES } from "./verdict.js";

export type HeadlineBasis = "mutator" | "wall";

/** The basis lintcost-o's rule chose (see the header). */
export const HEADLINE_BASIS: HeadlineBasis = "mutator";

export const basisNames: Record<HeadlineBasis, string> = {
  mutator: "the mutator's time (each lint's wall clock less the collector's pauses that began in it)",
  wall: "the wall clock",
};

export interface Estimate {
  /** Median over the processes of the per-file-medians overhead, %. */
  overheadPercent: number;
  /** About 95 % from the processes' A/A controls (verdict.ts controlHalfWidth); null under three processes. */
  halfWidth: number | null;
  /** The controls' root mean square about 0, one process's error. */
  controlRms: number;
}

export interface LintHeadline {
  basis: HeadlineBasis;
  /** The figure judged against the target. */
  headline: Estimate;
  /** The wall clock's figure, printed beside the headline (the basis before round seventeen). */
  wall: Estimate;
  mutator: Estimate;
  /**
   * Whether this run meets lintcost-o's rule for the mutator: its control's rms ≤ half the wall clock's; null under
   * MIN_PROCESSES processes (a quick run's one control is one draw, not a root mean square over processes).
   */
  ruleHolds: boolean | null;
}

export const onBasis: Record<HeadlineBasis, string> = { mutator: "the mutator's time", wall: "the wall clock" };

/** "On the mutator's time; on the wall clock, beside it: 8.348 ± 2.98": the headline's basis and the other figure. */
export function besideText(headline: LintHeadline): string {
  const otherBasis: HeadlineBasis = headline.basis === "mutator" ? "wall" : "mutator";
  const other = headline[otherBasis];
  const within = other.halfWidth === null ? "" : ` ± ${other.halfWidth.toFixed(2)}`;
  return `On ${onBasis[headline.basis]}; on ${onBasis[otherBasis]}, beside it: ${other.overheadPercent.toFixed(3)}${within}`;
}

const rms = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : Math.sqrt(values.reduce((sum, value) => sum + value * value, 0) / values.length);

function estimate(overheadPercent: number, controls: readonly number[]): Estimate {
  return { overheadPercent, halfWidth: controlHalfWidth(controls), controlRms: rms(controls) };
}

export function lintHeadline(part: LintCostRuns): LintHeadline {
  const basis = HEADLINE_BASIS;
  const wall = estimate(part.overheadPercent, part.processes.map((run) => run.controlOverheadPercent));
  const mutator = estimate(part.mutator.overheadPercent, part.processes.map((run) => run.mutator.controlPercent));
  return {
    basis,
    headline: basis === "mutator" ? mutator : wall,
    wall,
    mutator,
    ruleHolds: part.processes.length < MIN_PROCESSES ? null : mutator.controlRms <= wall.controlRms / 2,
  };
}
