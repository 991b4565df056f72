// runtime.overheadMicros: the added cost of one checkout+return without the network, taken from the runtime
// engineer's micro-benchmark of the monitor's acquire/release path (bench/runtime-micro.ts), not measured twice.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Skipped } from "./results.js";

export interface MicroResult {
  /** Added µs per checkout+return on a watched pool, per setting measured. */
  settings: Array<{ name: string; addedMicros: number }>;
  /** The figure compared with the ≤ 2 µs target. */
  overheadMicros: number;
  /** Which setting overheadMicros is. */
  headline: string;
}

export async function measureMicroOverhead(progress: (line: string) => void): Promise<MicroResult | Skipped> {
  const file = join(import.meta.dirname, "runtime-micro.ts");
  if (!existsSync(file)) return { skipped: "bench/runtime-micro.ts (the runtime engineer's micro-benchmark) has not landed" };
  progress("runtime: micro-benchmark of the acquire/release path");
  return { skipped: "bench/runtime-micro.ts exists but is not wired in yet" };
}
