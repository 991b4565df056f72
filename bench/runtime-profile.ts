// One pool of the throughput benchmark, alone, for a CPU profile: `withClient` + `SELECT 1` by N callers for a few
// seconds against a real PostgreSQL. The throughput benchmark says how much a setting costs; a profile of this says
// where (`npm run bench -- --profile` profiles every pool of the run together). Run it transpiled, as the benchmark
// runs (see build.ts: under tsx, keepNames and source maps distort both):
//
//   npx tsx -e 'import("./bench/build.ts").then((m) => m.transpileForBench(process.cwd(), "/tmp/b"))'
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/b/bench/runtime-profile.js --variant watched+leakDetection \
//     [--seconds 10] [--concurrency 10] [--heap-mib 0]   (DATABASE_URL, or an embedded PostgreSQL)
//
// --heap-mib grows the process's live heap by that much of a host application's data first (bench/live-heap.ts), as
// the micro-benchmark is taken (bench/runtime-micro-process.ts).
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { PoolMonitor, withClient } from "../src/runtime/index.js";
import { collectGarbage } from "./gc.js";
import { growLiveHeap } from "./live-heap.js";
import { variants, type VariantName } from "./runtime-throughput.js";
import { positiveOption, toolOption } from "./tool-options.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = toolOption(args, "--variant", "watched+leakDetection") as VariantName;
  const variant = variants.find((entry) => entry.name === name);
  if (!variant) {
    throw new Error(`runtime-profile: --variant must be one of ${variants.map((entry) => entry.name).join(", ")}, got "${name}"`);
  }
  const seconds = positiveOption("runtime-profile", args, "--seconds", 10);
  const concurrency = positiveOption("runtime-profile", args, "--concurrency", 10);
  if (args.includes("--heap-mib")) growLiveHeap(positiveOption("runtime-profile", args, "--heap-mib", 1), collectGarbage);
  const postgres = await startPostgres({ quiet: true });
  // The throughput benchmark's pool: the seed's main pool, every connection opened before the loop.
  const pool = new pg.Pool({ connectionString: postgres.url, max: 30, idleTimeoutMillis: 0, connectionTimeoutMillis: 10_000 });
  pool.on("error", () => {});
  const monitor = variant.monitor ? new PoolMonitor(variant.monitor).watch(pool, { name: "main" }).start() : undefined;
  try {
    const clients = await Promise.all(Array.from({ length: 30 }, () => pool.connect()));
    for (const client of clients) client.release();
    const deadline = performance.now() + seconds * 1000;
    let done = 0;
    const cpu = process.cpuUsage();
    const caller = async () => {
      while (performance.now() < deadline) {
        await withClient(pool, (client) => client.query("SELECT 1"));
        done++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, caller));
    const used = process.cpuUsage(cpu);
    console.log(`${name}: ${done} queries, ${((used.user + used.system) / done).toFixed(1)} µs of CPU per query`);
  } finally {
    monitor?.stop();
    await pool.end();
    await postgres.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
