// runtime.overheadMicros: the added cost of one checkout+return without the network, taken from the runtime
// engineer's micro-benchmark of the monitor's acquire/release path (bench/runtime-micro.ts), not measured twice. It
// runs in a process of its own with a host application's live heap of a stated size (runtime-micro-process.ts).
import { measureMicroInProcess } from "./runtime-micro-process.js";
import type { MicroResult } from "./runtime-micro.js";

export type { MicroResult } from "./runtime-micro.js";

export interface MicroPlan {
  rounds: number;
  opsPerWindow: number;
  /** The host application's live heap the figures are taken at, MiB (docs/benchmarks.md). */
  hostHeapMiB: number;
}

export function measureMicroOverhead(
  databaseUrl: string,
  plan: MicroPlan,
  progress: (line: string) => void,
): Promise<MicroResult> {
  progress(
    `runtime: micro-benchmark of the acquire/release path (${plan.rounds} rounds of ${plan.opsPerWindow}), ` +
      `in a process of its own with ${plan.hostHeapMiB} MiB of a host's live heap`,
  );
  return measureMicroInProcess({ databaseUrl, ...plan }, progress);
}
