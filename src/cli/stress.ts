// `poolguard stress`: the seed's stress test. Initial pool health from /readyz, then waves of concurrent requests,
// the pools after each wave (and the most clients seen waiting while it ran), a summary and a verdict.
import { setTimeout as sleep } from "node:timers/promises";
import type { Dispatcher } from "undici";
import { UsageError } from "./cli-args.js";
import { parseStressArgs, stressUsage, type StressOptions } from "./stress-args.js";
import { createAgent, hit, readPoolView, UnreachableError } from "./stress-http.js";
import { readPoolMetrics } from "./stress-metrics.js";
import { describeStart, describeSummary, describeWave, line, waveProgress, type StressIO } from "./stress-output.js";
import { latencyOf, summarize, type PoolView, type StressSummary, type WaveResult } from "./stress-report.js";

export type { StressIO } from "./stress-output.js";

export interface StressReport {
  target: string;
  options: Omit<StressOptions, "json">;
  initial: PoolView;
  waves: WaveResult[];
  summary: StressSummary;
}

export interface StressHooks {
  /** Called after each wave; returning true ends the run early (the demo stops once the leak has shown). */
  stopAfter?(wave: WaveResult): boolean;
  /** Print the human report (default true). */
  print?: boolean;
}

// How often the pools are read while a wave is in flight: often enough to see clients queue for a connection.
const samplingMs = 200;

function recordWaiting(view: PoolView | undefined, peak: Record<string, number>, maxSeen: Record<string, number>): void {
  if (view?.kind !== "pools") return;
  for (const pool of view.pools) {
    peak[pool.poolName] = Math.max(peak[pool.poolName] ?? 0, pool.waitingCount);
    // pg-pool queues a caller only when it already has `max` connections: the count seen then is the pool's max.
    if (pool.waitingCount > 0) maxSeen[pool.poolName] = Math.max(maxSeen[pool.poolName] ?? 0, pool.totalCount);
  }
}

async function readQuietly(dispatcher: Dispatcher, baseUrl: string, timeoutMs: number): Promise<PoolView> {
  try {
    return await readPoolView(dispatcher, baseUrl, timeoutMs);
  } catch (error) {
    const reason = error instanceof UnreachableError ? `server stopped answering (${error.code})` : "/readyz failed";
    return { kind: "unavailable", reason };
  }
}

async function runWave(
  number: number,
  options: StressOptions,
  load: Dispatcher,
  ops: Dispatcher,
  io: StressIO,
  showProgress: boolean,
  samples: number[],
): Promise<WaveResult> {
  const url = `${options.baseUrl}${options.endpoint}`;
  const progress = waveProgress(io, showProgress, number, options.waves, options.requests);
  const failures: Record<string, number> = {};
  const peakWaiting: Record<string, number> = {};
  const maxWhileWaiting: Record<string, number> = {};
  let ok = 0;
  const waveSamples: number[] = [];
  let inFlight = true;
  const requests = Array.from({ length: options.requests }, async () => {
    const outcome = await hit(load, url, options.timeoutMs);
    waveSamples.push(outcome.ms);
    if (outcome.failure === undefined) ok += 1;
    else failures[outcome.failure] = (failures[outcome.failure] ?? 0) + 1;
    progress.tick(outcome.failure !== undefined);
  });
  const done = Promise.all(requests).finally(() => {
    inFlight = false;
  });
  // Watch the pools while the wave runs; the loop ends with the wave, which every request timeout bounds.
  const watching = (async () => {
    while (inFlight) {
      recordWaiting(await readQuietly(ops, options.baseUrl, options.timeoutMs), peakWaiting, maxWhileWaiting);
      if (inFlight) await Promise.race([sleep(samplingMs), done]);
    }
  })();
  await done;
  await watching;
  progress.stop();
  const after = await readQuietly(ops, options.baseUrl, options.timeoutMs);
  recordWaiting(after, peakWaiting, maxWhileWaiting);
  samples.push(...waveSamples);
  return {
    wave: number,
    requests: options.requests,
    ok,
    failed: options.requests - ok,
    failures,
    latencyMs: latencyOf(waveSamples),
    peakWaiting,
    maxWhileWaiting,
    after,
  };
}

/** Runs the stress test. Throws UnreachableError when the server does not answer the first /readyz. */
export async function stress(options: StressOptions, io: StressIO, hooks: StressHooks = {}): Promise<StressReport> {
  const print = (hooks.print ?? true) && !options.json;
  const load = createAgent(options.requests, options.timeoutMs);
  const ops = createAgent(1, options.timeoutMs);
  try {
    const initial = await readPoolView(ops, options.baseUrl, options.timeoutMs);
    const metricsBefore = await readPoolMetrics(ops, options.baseUrl, options.timeoutMs);
    if (print) for (const text of describeStart(options, initial)) line(io.stdout, text);
    const waves: WaveResult[] = [];
    const samples: number[] = [];
    for (let number = 1; number <= options.waves; number++) {
      const wave = await runWave(number, options, load, ops, io, print, samples);
      waves.push(wave);
      if (print) for (const text of describeWave(wave, options.waves)) line(io.stdout, text);
      if (hooks.stopAfter?.(wave)) break;
      if (number < options.waves && options.delayMs > 0) await sleep(options.delayMs);
    }
    const metricsAfter = await readPoolMetrics(ops, options.baseUrl, options.timeoutMs);
    const summary = summarize(initial, waves, samples, options.maxFailureRate, { before: metricsBefore, after: metricsAfter });
    if (print) for (const text of describeSummary(summary)) line(io.stdout, text);
    const { json: _json, ...shown } = options;
    return { target: `${options.baseUrl}${options.endpoint}`, options: shown, initial, waves, summary };
  } finally {
    await Promise.all([load.close(), ops.close()]).catch(() => {});
  }
}

const processIO: StressIO = { stdout: process.stdout, stderr: process.stderr };

export async function run(argv: string[], io: StressIO = processIO): Promise<number> {
  let options: StressOptions;
  try {
    const parsed = parseStressArgs(argv);
    if (parsed.kind === "help") {
      line(io.stdout, stressUsage);
      return 0;
    }
    options = parsed.options;
  } catch (error) {
    if (error instanceof UsageError) {
      line(io.stderr, error.message);
      return 2;
    }
    throw error;
  }
  try {
    const report = await stress(options, io);
    if (options.json) line(io.stdout, JSON.stringify(report));
    return report.summary.exitCode;
  } catch (error) {
    if (error instanceof UnreachableError) {
      line(io.stderr, `poolguard stress: ${error.message}; start the service or point --base-url at it`);
      return 2;
    }
    throw error;
  }
}
