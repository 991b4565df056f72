// How a stress run reads on screen: the pool health lines, one block a wave, the summary and verdict, and a live
// progress bar while a wave is in flight — on a terminal only; piped output gets plain lines.
import cliProgress from "cli-progress";
import type { StressOptions } from "./stress-args.js";
import { activeCount, formatCounts, type PoolView, type SiteFigures, type StressSummary, type WaveResult } from "./stress-report.js";

export interface StressIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export function line(stream: NodeJS.WritableStream, text = ""): void {
  stream.write(`${text}\n`);
}

const forbiddenNote =
  "/readyz answered 403: the pool view is served to internal addresses only; run stress from inside the network " +
  "(or configure the service's trusted proxies). The load runs anyway, judged on failures alone.";

export function describeView(view: PoolView): string[] {
  if (view.kind === "forbidden") return [forbiddenNote];
  if (view.kind === "unavailable") return [`no pool view: ${view.reason}`];
  const width = Math.max(...view.pools.map((p) => p.poolName.length), 4);
  return view.pools.map((pool) => {
    const name = `'${pool.poolName}'`.padEnd(width + 2);
    const active = activeCount(pool);
    return `  ${name} ${String(pool.utilizationPercent).padStart(3)}% utilized (${active} active, ${pool.idleCount} idle, ${pool.waitingCount} waiting)`;
  });
}

/** The monitor's view of who holds each pool now (`/readyz?verbose=1`): the top 3 sites holding or leaking. */
export function describeHolders(view: PoolView): string[] {
  if (view.kind !== "pools") return [];
  const lines: string[] = [];
  for (const pool of view.pools) {
    const sites = (pool.sites ?? []).filter((s) => s.held > 0 || s.leaks > 0).slice(0, 3);
    if (!sites.length) continue;
    lines.push(`  top holders of '${pool.poolName}':`);
    for (const s of sites) lines.push(`    ${s.site}${s.fn ? ` ${s.fn}` : ""} — ${holding(s)}`);
  }
  return lines;
}

/**
 * One site's figures. The monitor's hold times cover the clients that came back, so next to clients still out they
 * would read "hold max 0 ms": those are said to be still held, for as long as the monitor knows.
 */
function holding(s: SiteFigures): string {
  const parts: string[] = [];
  if (s.held > 0) {
    const age = s.heldMsMax === undefined ? "" : `, for up to ${Math.round(s.heldMsMax)} ms`;
    parts.push(`${s.held} still held${age}`);
  }
  parts.push(`checkouts ${s.checkouts}`);
  if (s.holdMsMax !== undefined && s.checkouts > s.held) parts.push(`returned ones held up to ${Math.round(s.holdMsMax)} ms`);
  if (s.leaks) parts.push(`${s.leaks} leak(s)`);
  return parts.join(", ");
}

export function describeStart(options: StressOptions, initial: PoolView): string[] {
  const target = `${options.baseUrl}${options.endpoint}`;
  const header = `poolguard stress: ${options.waves} wave(s) of ${options.requests} concurrent GET ${target}, ${options.delayMs} ms apart`;
  const status = initial.kind === "pools" ? ` (/readyz ${initial.httpStatus}, status "${initial.status}")` : "";
  return [header, `initial pool health${status}:`, ...describeView(initial), ...describeHolders(initial)];
}

export function describeWave(wave: WaveResult, waves: number): string[] {
  const l = wave.latencyMs;
  const failed = wave.failed ? `${wave.failed} failed (${formatCounts(wave.failures)})` : "0 failed";
  const head = `wave ${wave.wave}/${waves}: ${wave.ok} ok, ${failed} · p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms · max ${l.max} ms`;
  const waiting = Object.entries(wave.peakWaiting).filter(([, n]) => n > 0);
  const peak = waiting.length ? [`  waiting during the wave: ${waiting.map(([p, n]) => `'${p}' up to ${n}`).join(", ")}`] : [];
  // The 403 explanation was given once, before the first wave.
  const pools = wave.after.kind === "forbidden" ? ["  pools: not shown (/readyz answered 403)"] : describeView(wave.after);
  return [head, ...pools, ...peak, ...describeHolders(wave.after)];
}

export function describeSummary(summary: StressSummary): string[] {
  const l = summary.latencyMs;
  const failed = summary.failed ? `${summary.failed} failed (${formatCounts(summary.failures)})` : "0 failed";
  return [
    `summary: ${summary.requests} requests, ${summary.ok} ok, ${failed}, failure rate ${(summary.failureRate * 100).toFixed(1)}%`,
    `latency: p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms · max ${l.max} ms`,
    `verdict: ${summary.verdict} (exit ${summary.exitCode})`,
    ...summary.evidence.map((e) => `  - ${e}`),
  ];
}

/** A progress bar for one wave on a terminal; a no-op elsewhere. */
export interface WaveProgress {
  tick(failed: boolean): void;
  stop(): void;
}

export function waveProgress(io: StressIO, enabled: boolean, wave: number, waves: number, total: number): WaveProgress {
  if (!enabled || !io.stdout.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `wave ${wave}/${waves} [{bar}] {value}/{total} requests · {failed} failed`,
      stream: io.stdout,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(total, 0, { failed });
  return {
    tick(didFail) {
      if (didFail) failed += 1;
      bar.increment(1, { failed });
    },
    stop() {
      bar.stop();
    },
  };
}
