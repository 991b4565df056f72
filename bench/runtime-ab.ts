// A focused comparison of the throughput benchmark's pools at one concurrency: the bare pool, the null variant (a
// second unwatched pool), the watched pool and leak detection at its defaults, many short bracketed windows, for a
// question one run of `npm run bench` cannot answer on a loaded machine (is leak detection dearer than the watched
// pool without it?). Its last line is the target's verdict: leak detection's CPU ratio net of the null variant's,
// with its interval, met / missed / not resolved (runtime-verdict.ts). Run it transpiled, as the benchmark runs (see
// build.ts and runtime-profile.ts):
//
//   node /tmp/b/bench/runtime-ab.js [--concurrency 10] [--rounds 40] [--window-ms 200] [--blocks 1] [--collect-garbage] [--same-pools]
//   (DATABASE_URL, or embedded; --collect-garbage: see ThroughputOptions.collectBetweenWindows; new pools every
//   round unless --same-pools: see ThroughputOptions.freshPoolsEachRound; --blocks: ThroughputOptions.blocksPerRound)
import { pathToFileURL } from "node:url";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { CONTROL, GATED, measureThroughput } from "./runtime-throughput.js";
import { judge, THROUGHPUT_TARGET as TARGET } from "./runtime-verdict.js";
import { positiveOption } from "./tool-options.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const concurrency = positiveOption("runtime-ab", args, "--concurrency", 10);
  const rounds = positiveOption("runtime-ab", args, "--rounds", 40);
  const windowMs = positiveOption("runtime-ab", args, "--window-ms", 200);
  const blocksPerRound = positiveOption("runtime-ab", args, "--blocks", 1);
  const postgres = process.env.DATABASE_URL ? undefined : await startPostgres({ quiet: true });
  try {
    const result = await measureThroughput({
      databaseUrl: process.env.DATABASE_URL ?? postgres!.url,
      concurrencies: [concurrency],
      rounds,
      windowMs,
      poolMax: 30,
      progress: (line) => process.stderr.write(`${line}\n`),
      only: [CONTROL, "watched", GATED],
      collectBetweenWindows: args.includes("--collect-garbage"),
      freshPoolsEachRound: !args.includes("--same-pools"),
      blocksPerRound,
    });
    const [figures] = result.concurrencies;
    for (const variant of figures!.variants) {
      console.log(
        `${variant.variant}: CPU ratio ${variant.cpuRatio.toFixed(3)} (arithmetic ${variant.cpuRatioArithmetic.toFixed(3)}), ` +
          `added ${variant.addedCpuMicrosPerQuery.toFixed(2)} µs a query on ${variant.cpuMicrosPerQuery.median.toFixed(1)}, n ${variant.cpuMicrosPerQuery.n}`,
      );
    }
    const floor = figures!.bareAgainstBare;
    console.log(`bare against bare: ${floor.cpuRatio.toFixed(3)} (arithmetic ${floor.cpuRatioArithmetic.toFixed(3)}), n ${floor.cpuRatios.n}`);
    for (const [name, estimate] of Object.entries(figures!.controlled ?? {})) {
      console.log(
        `${name} net of the null variant: CPU ratio ${estimate.ratio.toFixed(3)}, 95 % interval ${estimate.low.toFixed(3)}–` +
          `${estimate.high.toFixed(3)} over ${estimate.rounds} rounds` +
          (name === GATED ? `: target ≥ ${TARGET.toFixed(3)} ${judge(estimate, TARGET)}` : ""),
      );
    }
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
