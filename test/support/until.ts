// Polls a condition no event announces (a connect pg-pool made for nobody has ended, the pool has closed its
// clients): resolves once `done()` is true, fails after `timeoutMs` naming what it waited for.
import { performance } from "node:perf_hooks";

export async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
