// A full garbage collection before each timed pass, so one side of a comparison does not pay for the garbage
// the other side left behind. `npm run bench` runs without --expose-gc, so the function is fetched via V8 flags.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Collector = (options?: { type: "major" | "minor" }) => void;

let gc: Collector | undefined = (globalThis as { gc?: Collector }).gc;
if (!gc) {
  setFlagsFromString("--expose-gc");
  gc = runInNewContext("gc") as Collector;
}

export function collectGarbage(): void {
  gc?.();
}

/**
 * The young generation only: what a window of short-lived objects left behind, without a full collection's cost
 * spilling into the next window. After a forced full collection V8 sweeps the old generation on background threads
 * (and on the main thread when it needs a page), in the CPU time of whatever runs next; that work grows with the live
 * heap — 200 MiB of a host's data made every micro-benchmark window dearer (bare 0.9 → 3.1 µs per checkout+return) and
 * the dearer settings more (runtime-u, docs/benchmarks.md).
 */
export function collectYoungGarbage(): void {
  gc?.({ type: "minor" });
}
