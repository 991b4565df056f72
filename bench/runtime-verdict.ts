// Whether leak detection meets its CPU target, said as met, missed or not resolved. One run's median ratio cannot
// say: the null variant (a second unwatched pool, measured exactly as a watched one) read 0.95–1.08 from run to run,
// so a ratio of 0.96 may be a 4 % cost or none. Here the gated variant is judged against that control, round by
// round (both ran in the same round, each bracketed by the bare pool's windows, so what the comparison itself does to
// a pool that costs nothing more cancels), and the verdict comes from an interval of the rounds' differences: met
// when even its low end is at or above the target, missed when even its high end is below, else not resolved.
import { median } from "./stats.js";

export type Verdict = "met" | "missed" | "not resolved";

export interface ControlledRatio {
  /** exp(median over the rounds of ln(variant's CPU ratio) − ln(control's)): the variant's CPU ratio to bare, net of the control's. */
  ratio: number;
  /** The ~95 % distribution-free interval of that median (order statistics of the rounds' differences). */
  low: number;
  high: number;
  /** Rounds with both a variant's and a control's window. */
  rounds: number;
}

/**
 * The order statistics bounding the median with at least `confidence` (the sign test's interval: the median of n
 * samples lies between the k-th smallest and the k-th largest with probability 1 − 2·P(Binomial(n, ½) < k)).
 * undefined when n is too small for any interval at that confidence.
 */
export function medianInterval(samples: readonly number[], confidence = 0.95): { low: number; high: number } | undefined {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  // P(X ≤ j) for X ~ Binomial(n, ½), built up term by term.
  let term = 0.5 ** n;
  let below = 0;
  let k = 0;
  for (let j = 0; j < n; j++) {
    // below = P(X ≤ j − 1) = P(X < j); the interval [x(j+1), x(n−j)] (1-based) misses with 2·P(X ≤ j).
    if (2 * (below + term) > 1 - confidence) break;
    below += term;
    term = (term * (n - j)) / (j + 1);
    k = j + 1;
  }
  if (k === 0) return undefined;
  return { low: sorted[k - 1]!, high: sorted[n - k]! };
}

/**
 * `variant[r]` and `control[r]`: the CPU ratios (bare ÷ the pool's, bracketed) of round r's windows of each (a
 * variant may run more than once a round); a round missing either is left out.
 */
export function controlledRatio(variant: readonly (readonly number[])[], control: readonly (readonly number[])[]): ControlledRatio {
  const logMean = (ratios: readonly number[]) => ratios.reduce((sum, ratio) => sum + Math.log(ratio), 0) / ratios.length;
  const differences: number[] = [];
  for (let round = 0; round < Math.min(variant.length, control.length); round++) {
    const [mine, theirs] = [variant[round]!, control[round]!];
    if (mine.length > 0 && theirs.length > 0) differences.push(logMean(mine) - logMean(theirs));
  }
  return pairedRatio(differences);
}

/**
 * The gated variant against the control from blocks of adjacent windows, C G G C or G C C G, one a round (see
 * runtime-throughput.ts): `differences[r]` is round r's mean ln(control's CPU per query) − mean ln(the variant's),
 * so exp of it is the variant's CPU ratio net of the control's, as controlledRatio's. The block needs no bare window
 * (the bare pool cancels from a ratio of two ratios) and its order cancels a linear drift across it.
 */
export function pairedRatio(differences: readonly number[]): ControlledRatio {
  if (differences.length === 0) return { ratio: Number.NaN, low: Number.NaN, high: Number.NaN, rounds: 0 };
  const interval = medianInterval(differences);
  return {
    ratio: Math.exp(median(differences)),
    low: interval ? Math.exp(interval.low) : Number.NaN,
    high: interval ? Math.exp(interval.high) : Number.NaN,
    rounds: differences.length,
  };
}

/** met / missed only when the whole interval is on one side of the target (`ratio ≥ target` is met). */
export function judge(estimate: ControlledRatio, target: number): Verdict {
  if (!(estimate.low >= 0) || !(estimate.high >= 0)) return "not resolved";
  if (estimate.low >= target) return "met";
  if (estimate.high < target) return "missed";
  return "not resolved";
}

/** runtime.throughputRatio's target: CPU per query ≤ 1.03 × bare (docs/benchmarks.md). Never loosened. */
export const THROUGHPUT_TARGET = 1 / 1.03;

/**
 * The verdict over the healthy concurrencies (`estimates`, one each): missed when one is missed, met when every one
 * is met, else not resolved; with the estimate of the worst of them (lowest ratio). undefined when there is none.
 */
export function judgeAll(
  estimates: ReadonlyArray<ControlledRatio & { concurrency: number }>,
  target = THROUGHPUT_TARGET,
): (ControlledRatio & { concurrency: number; verdict: Verdict }) | undefined {
  if (estimates.length === 0) return undefined;
  const verdicts = estimates.map((estimate) => judge(estimate, target));
  const verdict: Verdict = verdicts.includes("missed") ? "missed" : verdicts.every((v) => v === "met") ? "met" : "not resolved";
  const worst = estimates.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  return { ...worst, verdict };
}
