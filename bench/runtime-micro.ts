// The monitor's cost per checkout+return, without the network: connect() + release() on a pool whose client is
// idle (pg-pool hands it out again without a round trip), in CPU time, bare against watched in each setting, windows
// alternating in rotating order so this shared machine's drift falls on every setting alike. Also: what capturing
// and formatting one stack costs (a capture both in a tight loop and in place, inside queries), and the heap after
// 10,000 then 40,000 distinct acquire sites (run with --expose-gc for exact heap figures; bench/gc.ts fetches gc()
// otherwise).
//
//   npx tsx bench/runtime-micro.ts [--rounds 15] [--ops 5000] [--heap-mib 0]   (DATABASE_URL, or an embedded PostgreSQL)
//
// --heap-mib N first grows the process's live heap by N MiB of a host application's data (bench/live-heap.ts): the
// stack-capturing settings cost more in a bigger heap, so every figure is stated with the heap it was taken at.
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startPostgres } from "../src/cli/embedded-postgres.js";
import { captureStack, resolveSite } from "../src/runtime/acquire-site.js";
import { DEFAULT_SITE_SAMPLE_RATE, PoolMonitor, withClient, type PoolMonitorOptions } from "../src/runtime/index.js";
import { collectGarbage, collectYoungGarbage } from "./gc.js";
import { growLiveHeap, heapUsedMiB } from "./live-heap.js";
import { median, pairwise, summarize, type Summary } from "./stats.js";

const silent = { info: () => {}, warn: () => {} };
/** Never reached in a loop of immediate releases: what is measured is the stack captured and the checkout tracked. */
const LEAK_DETECTION_MS = 10_000;

interface Setting {
  name: string;
  monitor: PoolMonitorOptions | undefined;
}

export const LEAK_DEFAULT = `watched + leakDetectionMs, default (adaptive, siteSampleRate ${DEFAULT_SITE_SAMPLE_RATE})`;
export const LEAK_ALWAYS = 'watched + leakDetectionMs, captureStacks "always"';

export const settings: readonly Setting[] = [
  { name: "bare", monitor: undefined },
  { name: "watched, no stack (siteSampleRate 0)", monitor: { logger: silent, siteSampleRate: 0 } },
  { name: `watched, default (siteSampleRate ${DEFAULT_SITE_SAMPLE_RATE})`, monitor: { logger: silent } },
  { name: "watched, siteSampleRate 1", monitor: { logger: silent, siteSampleRate: 1 } },
  { name: LEAK_DEFAULT, monitor: { logger: silent, leakDetectionMs: LEAK_DETECTION_MS } },
  { name: LEAK_ALWAYS, monitor: { logger: silent, leakDetectionMs: LEAK_DETECTION_MS, captureStacks: "always" } },
];

export const HEADLINE = "watched, no stack (siteSampleRate 0)";

export interface MicroResult {
  /** Added µs per checkout+return on a watched pool, per setting measured. */
  settings: Array<{ name: string; addedMicros: number; nsPerOp: Summary }>;
  /** The figure compared with the ≤ 2 µs target: a watched pool that captures no stack. */
  overheadMicros: number;
  /** Leak detection with default options in a healthy pool (≤ 2 µs target). */
  leakDetectionMicros: number;
  /** Leak detection with `captureStacks: "always"` (≤ 5 µs target). */
  alwaysMicros: number;
  headline: string;
  stack: {
    /** One capture in a tight loop: V8's stack walk finds its code and data in the caches. */
    captureMicros: number;
    /** One capture where the monitor takes it, between real queries: what a server pays. */
    captureInPlaceMicros: number;
    formatAndResolveMicros: number;
  };
  sites: { heapAfter10kKiB: number; heapAfter40kKiB: number; growthKiB: number; sitesKept: number };
  /** The process's heap in use (MiB, after a collection) when the windows were timed: the figures move with it. */
  heapMiB: number;
  /** Of it, the host application's live data grown before (runtime-micro-process.ts); absent when none was. */
  hostHeapMiB?: number;
}

export interface MicroOptions {
  databaseUrl: string;
  rounds: number;
  opsPerWindow: number;
  progress: (line: string) => void;
}

/** CPU time (user + system) in µs: on a machine shared with other jobs it counts our work, not our wait for a core. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** ns of CPU per checkout+return. The loop never waits on the network, so CPU time is all of its cost. */
async function window(pool: pg.Pool, ops: number, monitor: PoolMonitor | undefined): Promise<number> {
  const started = cpuMicros();
  for (let i = 0; i < ops; i++) {
    const client = await pool.connect();
    client.release();
  }
  // Sampled stacks are formatted after their checkout: that work is this setting's, so it is timed here.
  monitor?.sites();
  return ((cpuMicros() - started) * 1000) / ops;
}

/** Callers of `withClient` + `SELECT 1` for the in-place capture: the throughput benchmark's middle concurrency. */
const IN_PLACE_CALLERS = 10;

/**
 * µs per capture taken inside `withClient`, as the monitor takes it in `connect()` (same frames below: `withClient`,
 * its async caller), with queries running in between, timed around the capture alone. Between two captures the
 * process runs pg, the event loop and the socket, as a server does, so V8 walks frames whose code and data are no
 * longer in the caches: several times the tight-loop figure, and the figure that matches the throughput loss.
 */
async function captureInPlace(pool: pg.Pool, queries: number): Promise<number> {
  let spent = 0;
  let left = queries;
  const query = (client: pg.PoolClient) => {
    const started = performance.now();
    captureStack(query);
    spent += performance.now() - started;
    return client.query("SELECT 1");
  };
  const caller = async () => {
    while (left-- > 0) await withClient(pool, query);
  };
  await Promise.all(Array.from({ length: IN_PLACE_CALLERS }, caller));
  return (spent * 1000) / queries;
}

function stackCosts(captureInPlaceMicros: number): MicroResult["stack"] {
  const n = 20_000;
  const capture = function capture() {
    return captureStack(capture);
  };
  let started = cpuMicros();
  for (let i = 0; i < n; i++) capture();
  const captureMicros = (cpuMicros() - started) / n;
  started = cpuMicros();
  for (let i = 0; i < n; i++) resolveSite(capture());
  const formatAndResolveMicros = (cpuMicros() - started) / n - captureMicros;
  return { captureMicros, captureInPlaceMicros, formatAndResolveMicros };
}

async function heapWithSites(pool: pg.Pool, monitor: PoolMonitor, from: number): Promise<number> {
  // Functions made per batch and dropped after it: what stays is what the monitor keeps.
  let acquirers: Array<(pool: pg.Pool) => Promise<pg.PoolClient>> = Array.from(
    { length: 10_000 },
    (_, i) =>
      new Function("pool", `return pool.connect();\n//# sourceURL=generated/site-${from + i}.js`) as (
        pool: pg.Pool,
      ) => Promise<pg.PoolClient>,
  );
  for (const acquire of acquirers) (await acquire(pool)).release();
  acquirers = [];
  void monitor.sites().length;
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024;
}

export async function measureMicro(options: MicroOptions): Promise<MicroResult> {
  const setups = settings.map((setting) => {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1, idleTimeoutMillis: 0 });
    pool.on("error", () => {});
    const monitor = setting.monitor ? new PoolMonitor(setting.monitor).watch(pool, { name: "main" }) : undefined;
    return { setting, pool, monitor };
  });
  try {
    for (const { pool, monitor } of setups) await window(pool, options.opsPerWindow, monitor);
    collectGarbage();
    const heapMiB = heapUsedMiB();
    const samples = new Map<string, number[]>(settings.map((s) => [s.name, []]));
    for (let round = 0; round < options.rounds; round++) {
      const order = setups.map((_, index) => setups[(index + round) % setups.length]!);
      for (const { setting, pool, monitor } of order) {
        // Young only: a full collection's sweeping of the old generation would land in the window (see gc.ts).
        collectYoungGarbage();
        samples.get(setting.name)!.push(await window(pool, options.opsPerWindow, monitor));
      }
      options.progress(`runtime-micro: round ${round + 1}/${options.rounds}`);
    }
    // Added cost: the median over rounds of (setting − bare) within the same round, so a round slowed down by
    // a neighbour's load cancels out instead of landing on whichever setting ran during it.
    const bare = samples.get("bare")!;
    const results = settings.map((setting) => ({
      name: setting.name,
      addedMicros: median(pairwise(samples.get(setting.name)!, bare, (a, b) => a - b)) / 1000,
      nsPerOp: summarize(samples.get(setting.name)!),
    }));

    const queryPool = new pg.Pool({ connectionString: options.databaseUrl, max: IN_PLACE_CALLERS });
    let captureInPlaceMicros: number;
    try {
      await captureInPlace(queryPool, Math.min(options.opsPerWindow, 2_000));
      captureInPlaceMicros = await captureInPlace(queryPool, options.opsPerWindow);
    } finally {
      await queryPool.end();
    }

    const sitePool = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
    const siteMonitor = new PoolMonitor({ logger: silent, siteSampleRate: 1 }).watch(sitePool, { name: "main" });
    // The table fills during the first batch; after that the heap must stay where it is.
    const heapAfter10kKiB = await heapWithSites(sitePool, siteMonitor, 0);
    await heapWithSites(sitePool, siteMonitor, 10_000);
    await heapWithSites(sitePool, siteMonitor, 20_000);
    const heapAfter40kKiB = await heapWithSites(sitePool, siteMonitor, 30_000);
    const sitesKept = siteMonitor.sites("main").length;
    await sitePool.end();

    return {
      settings: results,
      overheadMicros: results.find((r) => r.name === HEADLINE)!.addedMicros,
      leakDetectionMicros: results.find((r) => r.name === LEAK_DEFAULT)!.addedMicros,
      alwaysMicros: results.find((r) => r.name === LEAK_ALWAYS)!.addedMicros,
      headline: HEADLINE,
      stack: stackCosts(captureInPlaceMicros),
      sites: { heapAfter10kKiB, heapAfter40kKiB, growthKiB: heapAfter40kKiB - heapAfter10kKiB, sitesKept },
      heapMiB,
    };
  } finally {
    await Promise.all(setups.map(({ pool }) => pool.end()));
  }
}

function flag(args: string[], name: string, fallback: number, least = 1): number {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`runtime-micro: ${name} must be a positive integer, got "${args[index + 1] ?? ""}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const grown = growLiveHeap(flag(args, "--heap-mib", 0, 0), collectGarbage);
  const postgres = await startPostgres();
  try {
    const result = await measureMicro({
      databaseUrl: postgres.url,
      rounds: flag(args, "--rounds", 15),
      opsPerWindow: flag(args, "--ops", 5_000),
      progress: (line) => console.error(line),
    });
    console.log(`heap in use when timed: ${result.heapMiB.toFixed(0)} MiB (${grown.toFixed(0)} MiB of it a host's live data)\n`);
    console.log("| setting | CPU ns per checkout+return (median) | added µs |");
    console.log("|---|---|---|");
    for (const s of result.settings) {
      console.log(`| ${s.name} | ${Math.round(s.nsPerOp.median)} | ${s.name === "bare" ? "—" : s.addedMicros.toFixed(2)} |`);
    }
    console.log(
      `\nstack: capture ${result.stack.captureMicros.toFixed(1)} µs in a tight loop, ` +
        `${result.stack.captureInPlaceMicros.toFixed(1)} µs in place (inside withClient + SELECT 1, ${IN_PLACE_CALLERS} callers); format + resolve ` +
        `${result.stack.formatAndResolveMicros.toFixed(1)} µs more`,
    );
    console.log(
      `sites: heap ${Math.round(result.sites.heapAfter10kKiB)} KiB after 10,000 distinct sites, ` +
        `${Math.round(result.sites.heapAfter40kKiB)} KiB after 40,000 (${Math.round(result.sites.growthKiB)} KiB); ` +
        `${result.sites.sitesKept} sites kept`,
    );
    console.log(
      `\n${JSON.stringify({ overheadMicros: result.overheadMicros, leakDetectionMicros: result.leakDetectionMicros, alwaysMicros: result.alwaysMicros, heapMiB: result.heapMiB, headline: result.headline })}`,
    );
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
