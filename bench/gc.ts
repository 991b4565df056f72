// A full garbage collection before each timed pass, so one side of a comparison does not pay for the garbage
// the other side left behind. `npm run bench` runs without --expose-gc, so the function is fetched via V8 flags.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  setFlagsFromString("--expose-gc");
  gc = runInNewContext("gc") as () => void;
}

export function collectGarbage(): void {
  gc?.();
}
