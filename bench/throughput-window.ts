// One timed window of the throughput benchmark (runtime-throughput.ts): N callers of `withClient` + `SELECT 1` for
// a while, this process's CPU per query and the garbage collection inside it, and the arithmetic of windows (the
// bracketing references).
import { PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type pg from "pg";
import { withClient } from "../src/runtime/index.js";

export interface WindowFigures {
  opsPerSecond: number;
  cpuMicrosPerQuery: number;
  gcMs: number;
}

export type GarbageCollector = (options: { type: "minor" }) => void;

/**
 * V8's `gc()`, without starting Node with --expose-gc. A window's garbage is collected when the young generation
 * fills, which is as often in the next window as in its own: a watched pool's windows (their records, sampled
 * stacks, closures) left 2–4 ms of collection per 350 ms window to the bare window after them, 1–3 % of its CPU, and
 * the null variant, which leaves nothing, would be compared with bare windows carrying that (the hypothesis of round
 * four: see docs/benchmarks.md for what the runs said). Young collections only: a forced full collection before every window made every window ~4× dearer in CPU (the
 * compiled code is thrown away with it), and the spill-over is the young generation's.
 */
export function exposeGarbageCollector(): GarbageCollector {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as GarbageCollector;
}

/** Garbage collections, as node:perf_hooks reports them, kept until a window sums those that fell inside it. */
export class GcLog {
  private readonly entries: Array<{ startTime: number; duration: number }> = [];
  private readonly observer = new PerformanceObserver((list) => this.entries.push(...list.getEntries()));
  constructor() {
    this.observer.observe({ entryTypes: ["gc"] });
  }
  /** Milliseconds of collection that started between `from` and `to` (performance.now() times); forgets older ones. */
  between(from: number, to: number): number {
    this.entries.push(...this.observer.takeRecords());
    let total = 0;
    for (const entry of this.entries) if (entry.startTime >= from && entry.startTime <= to) total += entry.duration;
    this.entries.length = 0;
    return total;
  }
  close(): void {
    this.observer.disconnect();
  }
}

/**
 * `settle` runs inside the timing, after the last query: the monitor formats sampled stacks shortly after their
 * checkout, outside it, and that work is this variant's — left to its timer it would land in the next pool's window.
 */
export async function runWindow(
  collectGarbage: GarbageCollector | undefined,
  gcLog: GcLog,
  pool: pg.Pool,
  concurrency: number,
  windowMs: number,
  settle?: () => void,
): Promise<WindowFigures> {
  const deadline = performance.now() + windowMs;
  let done = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await withClient(pool, (client) => client.query("SELECT 1"));
      done++;
    }
  };
  // What the windows before left on the heap is collected here, untimed: see collectGarbage.
  collectGarbage?.({ type: "minor" });
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  settle?.();
  // The young garbage this window made is collected on its own account, not the next window's.
  collectGarbage?.({ type: "minor" });
  const ended = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    opsPerSecond: (done * 1000) / (ended - started),
    cpuMicrosPerQuery: (used.user + used.system) / Math.max(done, 1),
    gcMs: gcLog.between(started, ended),
  };
}

export function mean(a: WindowFigures, b: WindowFigures): WindowFigures {
  return scale(sum(a, b), 0.5);
}

/** The bracketing reference: see runtime-throughput.ts's head for why geometric. */
export function geometricMean(a: WindowFigures, b: WindowFigures): WindowFigures {
  return {
    opsPerSecond: Math.sqrt(a.opsPerSecond * b.opsPerSecond),
    cpuMicrosPerQuery: Math.sqrt(a.cpuMicrosPerQuery * b.cpuMicrosPerQuery),
    gcMs: (a.gcMs + b.gcMs) / 2,
  };
}

export function sum(a: WindowFigures, b: WindowFigures): WindowFigures {
  return {
    opsPerSecond: a.opsPerSecond + b.opsPerSecond,
    cpuMicrosPerQuery: a.cpuMicrosPerQuery + b.cpuMicrosPerQuery,
    gcMs: a.gcMs + b.gcMs,
  };
}

export function scale(a: WindowFigures, factor: number): WindowFigures {
  return { opsPerSecond: a.opsPerSecond * factor, cpuMicrosPerQuery: a.cpuMicrosPerQuery * factor, gcMs: a.gcMs * factor };
}
