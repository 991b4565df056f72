// Whether a run's figure tells its target: a verdict from the figure and how far the run's own noise could have moved
// it. A median over a few processes, each of which an A/A control shows can read several points off, is not resolved
// when the target lies inside that distance: the verdict then says "not resolved" instead of "met" or "missed" on
// one figure. The targets themselves never move.

export type Verdict = "met" | "missed" | "not resolved" | "not measured";

/**
 * sqrt(π/2): the standard error of a median over n draws of a normal error is about this times σ/√n (exactly so for
 * large n; for 3–5 draws the factor is 1.16–1.20, so this reads a little wide, never narrow).
 */
const MEDIAN_FACTOR = Math.sqrt(Math.PI / 2);
/** Two standard errors: about 95 % of a normal error's draws. */
const Z = 2;
/**
 * Fewer draws than this do not show the noise: a quick run's one process, whose one control read −0.9 % at a load
 * average of 19 while its passes' own controls ran from −14 to +5 %, would have called a figure "missed" by ± 2.2.
 */
export const MIN_PROCESSES = 3;

/**
 * How far the median over the processes of an estimate can sit from the truth, by its A/A control: the control of
 * each process measures the same two costs, so it reads 0 but for the method's error. Its root mean square about 0
 * (bias and spread together: a control that sits at +2 % in every process is an error of 2 points, not a spread of
 * 0) is that error's size in one process; the median of n processes has Z × MEDIAN_FACTOR × rms ÷ √n.
 */
export function controlHalfWidth(controls: readonly number[]): number | null {
  if (controls.length < MIN_PROCESSES || controls.some((value) => !Number.isFinite(value))) return null;
  const rms = Math.sqrt(controls.reduce((sum, value) => sum + value * value, 0) / controls.length);
  return (Z * MEDIAN_FACTOR * rms) / Math.sqrt(controls.length);
}

/**
 * The same from the processes' own figures when there is no A/A control (each rule's share): their standard
 * deviation. Needs MIN_PROCESSES processes.
 */
export function spreadHalfWidth(values: readonly number[]): number | null {
  if (values.length < MIN_PROCESSES || values.some((value) => !Number.isFinite(value))) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return (Z * MEDIAN_FACTOR * Math.sqrt(variance)) / Math.sqrt(values.length);
}

/**
 * "met" when the whole interval value ± halfWidth is on the target's side, "missed" when the whole of it is off it,
 * "not resolved" when the target is inside it or the run gives no interval (`halfWidth` null: fewer than
 * MIN_PROCESSES processes).
 * `ok` is the target's test, monotonic in the value (≤ or ≥ a limit), so the interval's ends decide.
 */
export function verdictOf(value: number | null, halfWidth: number | null, ok: (value: number) => boolean): Verdict {
  if (value === null || !Number.isFinite(value)) return "not measured";
  if (halfWidth === null) return "not resolved";
  const low = ok(value - halfWidth);
  const high = ok(value + halfWidth);
  if (low && high) return "met";
  if (!low && !high) return "missed";
  return "not resolved";
}

/**
 * The half-width for an overhead over the pooled baseline (both parser-only sides' samples together), from the same
 * controls. The control's error is two sides' (e_control − e_without: 2σ² if each side errs by σ), the headline's
 * too (e_with − e_without); over the pooled baseline it is e_with − (e_without + e_control) ÷ 2, 1.5σ²: √(3/4) of the
 * control's. A model, not a measurement: it holds if `recommended`'s side errs as much as a parser-only side.
 */
export function pooledHalfWidth(controls: readonly number[]): number | null {
  const width = controlHalfWidth(controls);
  return width === null ? null : width * Math.sqrt(3 / 4);
}
