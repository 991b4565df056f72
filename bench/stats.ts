// Summaries of repeated measurements. The machine is shared and noisy, so every figure is reported as
// min / median / max of several samples, and comparisons are made on medians of side-by-side runs.

export interface Summary {
  min: number;
  median: number;
  max: number;
  /** How many samples the summary is made of. */
  n: number;
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error("median: no samples to summarise");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summarize: no samples to summarise");
  let min = Infinity;
  let max = -Infinity;
  for (const value of samples) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, median: median(samples), max, n: samples.length };
}

/** Element-wise `f(a[i], b[i])` of two equally long sample lists taken side by side (pair i ran back to back). */
export function pairwise(a: readonly number[], b: readonly number[], f: (a: number, b: number) => number): number[] {
  if (a.length !== b.length) throw new Error(`pairwise: ${a.length} samples against ${b.length}; pairs must match`);
  return a.map((value, index) => f(value, b[index]!));
}

/** 100 × (with − without) / without: the cost added on top of a baseline, in percent. */
export function overheadPercent(without: number, withCost: number): number {
  return (100 * (withCost - without)) / without;
}

/** Rounds for display: keeps `digits` significant decimals without trailing noise. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The corpus time from per-file samples: each file's samples (one per pass) reduced to one figure (`pick`: median,
 * or the minimum, which only the machine's other work can raise), summed over the files.
 * `samples[pass][file]`.
 */
export function perFileTotal(samples: readonly (readonly number[])[], pick: (values: readonly number[]) => number): number {
  const files = samples[0]?.length ?? 0;
  let total = 0;
  for (let file = 0; file < files; file++) total += pick(samples.map((pass) => pass[file]!));
  return total;
}

/**
 * How far the overhead of `side` over `without` (each a per-file figure, in the order of the files, summed) moves
 * when the files are drawn again with replacement: the standard deviation over `draws` resamplings. If a side's error
 * is its lints' noise, spread over the files, this is the error of one process's figure from its own files (the A/A
 * control's spread over processes agreed with it in lintcost-o's round, docs/benchmarks.md); a state of the whole
 * process or instance, which moves every file alike, would not show in it.
 */
export function filesBootstrapSd(without: readonly number[], side: readonly number[], draws: number, random: () => number): number {
  if (without.length !== side.length || without.length === 0) throw new Error("filesBootstrapSd: the sides' files must match");
  const values: number[] = [];
  for (let draw = 0; draw < draws; draw++) {
    let base = 0;
    let other = 0;
    for (let pick = 0; pick < without.length; pick++) {
      const file = Math.floor(random() * without.length);
      base += without[file]!;
      other += side[file]!;
    }
    values.push(overheadPercent(base, other));
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1));
}
