// Every timed window of the throughput benchmark, grouped by the pool timed just before it: what one window leaves
// the next (garbage to collect, caches, the database's state), and so why a variant reads off 1 when it costs
// nothing — the null variant (`bare, another pool`) read 1.009 / 1.063 / 1.098 in the full run at 2e9a121. Per group:
// the median CPU µs per query, garbage collection ms inside the window (node:perf_hooks) and queries/s. Run it
// transpiled, as the benchmark runs (see build.ts):
//
//   node /tmp/b/bench/runtime-windows.js [--concurrency 10] [--rounds 8] [--window-ms 350] [--collect-garbage]
//   (DATABASE_URL, or an embedded PostgreSQL)
import { pathToFileURL } from "node:url";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { measureThroughput, type WindowRecord } from "./runtime-throughput.js";
import { median } from "./stats.js";
import { positiveOption } from "./tool-options.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const concurrency = positiveOption("runtime-windows", args, "--concurrency", 10);
  const postgres = process.env.DATABASE_URL ? undefined : await startPostgres({ quiet: true });
  const windows: WindowRecord[] = [];
  try {
    const result = await measureThroughput({
      databaseUrl: process.env.DATABASE_URL ?? postgres!.url,
      concurrencies: [concurrency],
      rounds: positiveOption("runtime-windows", args, "--rounds", 8),
      windowMs: positiveOption("runtime-windows", args, "--window-ms", 350),
      poolMax: 30,
      progress: (line) => process.stderr.write(`${line}\n`),
      onWindow: (window) => windows.push(window),
      collectBetweenWindows: args.includes("--collect-garbage"),
    });
    const groups = new Map<string, WindowRecord[]>();
    for (const window of windows) {
      const key = `${window.variant} after ${window.previous ?? "(the round's start)"}`;
      groups.set(key, [...(groups.get(key) ?? []), window]);
    }
    for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const of = (pick: (window: WindowRecord) => number) => median(group.map(pick));
      console.log(
        `${key.padEnd(64)} n ${String(group.length).padStart(3)}  CPU µs/query ${of((w) => w.cpuMicrosPerQuery).toFixed(1)}  ` +
          `GC ms ${of((w) => w.gcMs).toFixed(1)}  queries/s ${Math.round(of((w) => w.opsPerSecond))}`,
      );
    }
    const [figures] = result.concurrencies;
    for (const variant of figures!.variants) console.log(`${variant.variant}: CPU ratio ${variant.cpuRatio.toFixed(3)}`);
    console.log(`bare against bare: ${figures!.bareAgainstBare.cpuRatio.toFixed(3)}`);
  } finally {
    await postgres?.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
