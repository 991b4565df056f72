// runtime.overheadMicros: the added cost of one checkout+return without the network, taken from the runtime
// engineer's micro-benchmark of the monitor's acquire/release path (bench/runtime-micro.ts), not measured twice.
import { measureMicro, type MicroResult } from "./runtime-micro.js";

export type { MicroResult } from "./runtime-micro.js";

export interface MicroPlan {
  rounds: number;
  opsPerWindow: number;
}

export function measureMicroOverhead(
  databaseUrl: string,
  plan: MicroPlan,
  progress: (line: string) => void,
): Promise<MicroResult> {
  progress(`runtime: micro-benchmark of the acquire/release path (${plan.rounds} rounds of ${plan.opsPerWindow})`);
  return measureMicro({ databaseUrl, rounds: plan.rounds, opsPerWindow: plan.opsPerWindow, progress });
}
