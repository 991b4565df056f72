// What the monitor runs per checkout, by exact call counts rather than time (session 34, runtime-34 item 4): V8's
// precise coverage with call counts (node:inspector, `Profiler.startPreciseCoverage({ callCount: true })`, started
// before the warm-up so that optimised code is counted too) over N checkouts of a watched pool at its defaults, each
// one `SELECT 1` (`withClient`, `pool.query`, or `pool.connect()` + `release()`); prints each function of src/runtime
// called at least N/2 times, with its calls per query. Counts do not move with the machine's load, unlike the
// throughput benchmark's wall clock. Not a benchmark: it times nothing (an accessor inlined by V8 may be undercounted).
//
//   npx tsx bench/runtime-calls.ts [N=2000] [withClient|query|connect]   (DATABASE_URL, or an embedded PostgreSQL)
import { Session } from "node:inspector/promises";
import pg from "pg";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { PoolMonitor, withClient } from "../src/runtime/index.js";

interface Coverage {
  result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
}

const queries = Number(process.argv[2] ?? 2000);
const mode = process.argv[3] ?? "withClient";
const embedded = process.env.DATABASE_URL ? undefined : await startPostgres();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? embedded!.url, max: 4 });
const monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" }).start();

async function once(): Promise<void> {
  if (mode === "withClient") await withClient(pool, (client) => client.query("SELECT 1"));
  else if (mode === "query") await pool.query("SELECT 1");
  else {
    const client = await pool.connect();
    try {
      await client.query("SELECT 1");
    } finally {
      client.release();
    }
  }
}

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
for (let i = 0; i < 200; i++) await once();
await session.post("Profiler.takePreciseCoverage");
for (let i = 0; i < queries; i++) await once();
const { result } = (await session.post("Profiler.takePreciseCoverage")) as unknown as Coverage;
const rows: Array<[string, number]> = [];
for (const script of result) {
  if (!script.url.includes("/src/runtime/")) continue;
  const file = script.url.replace(/.*\/src\/runtime\//, "");
  for (const fn of script.functions) {
    const count = fn.ranges[0]?.count ?? 0;
    if (count >= queries / 2) rows.push([`${file} ${fn.functionName || "(anonymous)"}`, count / queries]);
  }
}
rows.sort((a, b) => b[1] - a[1]);
for (const [name, perQuery] of rows) console.log(`${perQuery.toFixed(2).padStart(6)} ${name}`);
console.log(`${rows.reduce((sum, [, perQuery]) => sum + perQuery, 0).toFixed(2).padStart(6)} calls per query in ${rows.length} functions (${mode})`);
session.disconnect();
monitor.stop();
await pool.end();
await embedded?.dispose();
