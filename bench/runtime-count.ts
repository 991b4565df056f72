// Where the watched pool's extra CPU per query goes, by counts rather than by the wall clock: the throughput
// benchmark's pools (bare, the null variant, leak detection at its defaults) take turns running a FIXED number of
// `withClient` + `SELECT 1` (rotating order, many rounds), each turn under V8's sampling profiler (in process,
// node:inspector). For each pool it sums, per query: this process's CPU (process.cpuUsage), the profile's sampled
// time that is not idle, and the sampled time inside poolguard's own code — the self time of every function of
// src/runtime, plus what they call (the subtree under the outermost poolguard frame: performance.now, Map lookups, the
// stack capture), withClient's own frames left out (the bare pool runs them too). That last figure is the monitor's own cost measured directly, not as the difference of two noisy
// totals, so it resolves a fraction of a µs on a loaded machine where the difference of totals moves by tens.
// Run it transpiled, as the benchmark runs (see build.ts and runtime-profile.ts):
//
//   node /tmp/b/bench/runtime-count.js [--queries 2000] [--rounds 12] [--concurrency 1] [--interval-us 100]
//   (DATABASE_URL, or an embedded PostgreSQL)
import { Session } from "node:inspector";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { PoolMonitor, withClient } from "../src/runtime/index.js";
import { variants, type VariantName } from "./runtime-throughput.js";
import { median } from "./stats.js";
import { positiveOption } from "./tool-options.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What one profiled turn of a pool says, µs. */
export interface ProfileCounts {
  /** Sampled time, not idle (the program, GC and every JavaScript or native frame). */
  busy: number;
  /** Sampled time under the outermost frame of the monitor (src/runtime but withClient's), its callees included. */
  poolguard: number;
  /** Sampled time of garbage collection. */
  gc: number;
  /** Self time by function (`name file:line`). */
  self: Map<string, number>;
}

// The monitor's own code: src/runtime but withClient and its checkout mark, which the bare pool runs too.
const OWN = /\/src\/runtime\/(?!with-client\.|helper-checkout\.)/;

/** Sums a V8 CPU profile by self time, and the time spent under poolguard's own frames (see ProfileCounts). */
export function countProfile(profile: Profile): ProfileCounts {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Whether a node has a poolguard frame at or above it (memoised: the tree is walked once per node).
  const under = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = under.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const value = OWN.test(node.callFrame.url) || (up !== undefined && isUnder(up));
    under.set(id, value);
    return value;
  };
  const counts: ProfileCounts = { busy: 0, poolguard: 0, gc: 0, self: new Map() };
  for (let index = 0; index < profile.samples.length; index++) {
    const node = byId.get(profile.samples[index]!)!;
    // A sample's time is the delta to the next one (the last sample's is unknown: skipped).
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    counts.busy += micros;
    if (functionName === "(garbage collector)") counts.gc += micros;
    if (isUnder(node.id)) counts.poolguard += micros;
    const key = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, "$1")}:${lineNumber + 1}`;
    counts.self.set(key, (counts.self.get(key) ?? 0) + micros);
  }
  return counts;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

const CHOSEN: readonly VariantName[] = ["bare", "bare, another pool", "watched+leakDetection"];

export interface MonitorCostOptions {
  databaseUrl: string;
  /** Queries a pool runs in one profiled turn. */
  queries: number;
  rounds: number;
  concurrency: number;
  /** The profiler's sampling interval, µs. */
  intervalUs: number;
  progress?: (line: string) => void;
}

/** Per pool, per round, µs per query. */
interface PoolCounts {
  cpu: number[];
  busy: number[];
  monitor: number[];
  gc: number[];
  /** Self time summed over the rounds, µs (not per query). */
  self: Map<string, number>;
}

export interface MonitorCost {
  queries: number;
  rounds: number;
  concurrency: number;
  intervalUs: number;
  /** Median over the rounds of the bare pool's CPU per query (this process's, profiler on), µs. */
  bareCpuMicros: number;
  /** Median over the rounds of the time sampled under the monitor's own frames, µs per query, leak detection on. */
  monitorMicros: number;
  /** Its min / max over the rounds. */
  monitorMicrosMin: number;
  monitorMicrosMax: number;
  /** The same for the null variant (an unwatched pool): 0 unless the attribution is wrong. */
  controlMonitorMicros: number;
  /**
   * bare ÷ (bare + monitor): the CPU ratio the monitor's own frames allow, beside runtime.throughputRatio (not the
   * verdict). A lower bound on the cost: what the monitor makes pg do outside its frames is not in it (see
   * docs/benchmarks.md, runtime-cost-32: the client's `error` listener makes pg-pool's listener toggles take
   * EventEmitter's array path).
   */
  ratio: number;
  /** The differences of totals, for comparison: median over the rounds of (pool's CPU per query − bare's, same round). */
  addedCpuMicros: number;
  controlAddedCpuMicros: number;
  /** Self time per query by function, the monitored pool and the null variant (the 40 largest differences). */
  selfDifferences: Array<{ key: string; watched: number; control: number }>;
}

/** The throughput benchmark's pools take turns running `queries` each, profiled (see the head of this file). */
export async function measureMonitorCost(options: MonitorCostOptions): Promise<MonitorCost> {
  const { queries, rounds, concurrency, intervalUs } = options;
  const setups = variants
    .filter(({ name }) => CHOSEN.includes(name))
    .map((variant) => {
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 30, idleTimeoutMillis: 0, connectionTimeoutMillis: 10_000 });
      pool.on("error", () => {});
      const monitor = variant.monitor ? new PoolMonitor(variant.monitor).watch(pool, { name: "main" }).start() : undefined;
      return { variant, pool, monitor };
    });
  const session = new Session();
  session.connect();
  const run = async (pool: pg.Pool, count: number) => {
    let left = count;
    const caller = async () => {
      while (left > 0) {
        left--;
        await withClient(pool, (client) => client.query("SELECT 1"));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, caller));
  };
  const totals = new Map<VariantName, PoolCounts>(setups.map(({ variant }) => [variant.name, { cpu: [], busy: [], monitor: [], gc: [], self: new Map() }]));
  try {
    await post(session, "Profiler.enable");
    await post(session, "Profiler.setSamplingInterval", { interval: intervalUs });
    for (const { pool } of setups) {
      const clients = await Promise.all(Array.from({ length: 30 }, () => pool.connect()));
      for (const client of clients) client.release();
      await run(pool, queries);
    }
    for (let round = 0; round < rounds; round++) {
      // Rotate the order (reversed every other round) so each pool follows each other as often.
      const order = setups.map((_, index) => setups[(index + round) % setups.length]!);
      if (round % 2 === 1) order.reverse();
      for (const { variant, pool, monitor } of order) {
        await post(session, "Profiler.start");
        const cpu = process.cpuUsage();
        await run(pool, queries);
        const used = process.cpuUsage(cpu);
        const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
        // Reading the sites attributes the samples still queued, outside the turn (as runWindow does).
        if (monitor) monitor.sites();
        const counts = countProfile(profile);
        const entry = totals.get(variant.name)!;
        entry.cpu.push((used.user + used.system) / queries);
        entry.busy.push(counts.busy / queries);
        entry.monitor.push(counts.poolguard / queries);
        entry.gc.push(counts.gc / queries);
        for (const [key, micros] of counts.self) entry.self.set(key, (entry.self.get(key) ?? 0) + micros);
      }
      options.progress?.(`runtime: monitor cost by counts, round ${round + 1}/${rounds}`);
    }
  } finally {
    await post(session, "Profiler.disable").catch(() => {});
    session.disconnect();
    for (const { pool, monitor } of setups) {
      monitor?.stop();
      await pool.end().catch(() => {});
    }
  }
  const bare = totals.get("bare")!;
  const watched = totals.get("watched+leakDetection")!;
  const control = totals.get("bare, another pool")!;
  const added = (entry: PoolCounts) => median(entry.cpu.map((cpu, index) => cpu - bare.cpu[index]!));
  const perQuery = (map: Map<string, number>, key: string) => (map.get(key) ?? 0) / (queries * rounds);
  const selfDifferences = [...new Set([...watched.self.keys(), ...control.self.keys()])]
    .map((key) => ({ key, watched: perQuery(watched.self, key), control: perQuery(control.self, key) }))
    .sort((a, b) => Math.abs(b.watched - b.control) - Math.abs(a.watched - a.control))
    .slice(0, 40);
  const bareCpuMicros = median(bare.cpu);
  const monitorMicros = median(watched.monitor);
  return {
    queries,
    rounds,
    concurrency,
    intervalUs,
    bareCpuMicros,
    monitorMicros,
    monitorMicrosMin: Math.min(...watched.monitor),
    monitorMicrosMax: Math.max(...watched.monitor),
    controlMonitorMicros: median(control.monitor),
    ratio: bareCpuMicros / (bareCpuMicros + monitorMicros),
    addedCpuMicros: added(watched),
    controlAddedCpuMicros: added(control),
    selfDifferences,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const postgres = await startPostgres({ quiet: true });
  try {
    const cost = await measureMonitorCost({
      databaseUrl: postgres.url,
      queries: positiveOption("runtime-count", args, "--queries", 2000),
      rounds: positiveOption("runtime-count", args, "--rounds", 12),
      concurrency: positiveOption("runtime-count", args, "--concurrency", 1),
      intervalUs: positiveOption("runtime-count", args, "--interval-us", 100),
      progress: (line) => process.stderr.write(`${line}\n`),
    });
    console.log(
      `${cost.queries} queries a turn, ${cost.rounds} rounds, concurrency ${cost.concurrency}, sampling every ${cost.intervalUs} µs:\n` +
        `bare pool's CPU ${cost.bareCpuMicros.toFixed(1)} µs a query; under the monitor's own frames ${cost.monitorMicros.toFixed(2)} µs ` +
        `(${cost.monitorMicrosMin.toFixed(2)}–${cost.monitorMicrosMax.toFixed(2)}; null variant ${cost.controlMonitorMicros.toFixed(2)}): ` +
        `bare ÷ (bare + monitor) = ${cost.ratio.toFixed(3)}\n` +
        `differences of totals, same round: leak detection ${cost.addedCpuMicros.toFixed(1)} µs, null variant ${cost.controlAddedCpuMicros.toFixed(1)} µs`,
    );
    console.log("self time, µs per query (leak detection vs null variant), the largest differences:");
    for (const row of cost.selfDifferences) {
      console.log(`  ${(row.watched - row.control).toFixed(3).padStart(7)}  (${row.watched.toFixed(3)} vs ${row.control.toFixed(3)})  ${row.key}`);
    }
  } finally {
    await postgres.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
