// The verdict's boundaries: what counts as a climb that never comes back, and what does not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, latencyOf, percentile, summarize, type PoolView, type SiteFigures, type WaveResult } from "../../src/cli/stress-report.js";

function view(...pools: [name: string, active: number, idle: number, waiting?: number][]): PoolView {
  return {
    kind: "pools",
    httpStatus: 200,
    status: "ok",
    pools: pools.map(([poolName, active, idle, waiting = 0]) => ({
      poolName,
      totalCount: active + idle,
      idleCount: idle,
      waitingCount: waiting,
      utilizationPercent: 0,
    })),
  };
}

function wave(number: number, after: PoolView, peakWaiting: Record<string, number> = {}, ok = 10, maxWhileWaiting?: Record<string, number>): WaveResult {
  const failed = 10 - ok;
  return {
    maxWhileWaiting,
    wave: number,
    requests: 10,
    ok,
    failed,
    failures: failed ? { "500": failed } : {},
    latencyMs: { p50: 1, p95: 1, p99: 1, max: 1 },
    peakWaiting,
    after,
  };
}

function withSites(pools: PoolView, sites: SiteFigures[]): PoolView {
  if (pools.kind !== "pools") return pools;
  return { ...pools, pools: pools.pools.map((pool) => ({ ...pool, sites })) };
}

describe("stress verdict", () => {
  it("nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
    expect(latencyOf([3, 1, 2])).toEqual({ p50: 2, p95: 3, p99: 3, max: 3 });
    expect(latencyOf([])).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it("is healthy when a listen pool stays full and the main pool comes back after each wave", () => {
    const initial = view(["main", 0, 5], ["listen", 9, 0]);
    const waves = [wave(1, view(["main", 0, 12], ["listen", 9, 0])), wave(2, view(["main", 3, 9], ["listen", 9, 0])), wave(3, view(["main", 0, 12], ["listen", 9, 0]))];
    expect(summarize(initial, waves, [1, 2], 0)).toMatchObject({ verdict: "healthy", evidence: [], exitCode: 0 });
  });

  it("suspects a leak when active connections stay above the start after two waves", () => {
    const initial = view(["main", 1, 4]);
    const waves = [wave(1, view(["main", 6, 0])), wave(2, view(["main", 6, 0]))];
    const summary = summarize(initial, waves, [1], 0);
    expect(summary.verdict).toBe("leak suspected");
    expect(summary.evidence).toEqual(["pool 'main': active connections 1 → 6 → 6 after successive waves, never back to 1"]);
    expect(summary.exitCode).toBe(1);
  });

  it("does not judge a climb from a single wave", () => {
    const summary = summarize(view(["main", 0, 5]), [wave(1, view(["main", 5, 0]))], [1], 0);
    expect(summary.verdict).toBe("healthy");
  });

  it("calls clients that waited while every connection came back saturation, with the load and the pool's max, exit 3", () => {
    const initial = view(["main", 0, 5]);
    const waves = [wave(1, view(["main", 0, 5])), wave(2, view(["main", 0, 5]), { main: 4 }, 10, { main: 5 }), wave(3, view(["main", 0, 5]), { main: 7 }, 10, { main: 5 })];
    expect(summarize(initial, waves, [1], 0)).toMatchObject({
      verdict: "saturated",
      exitCode: 3,
      evidence: [
        "pool 'main': saturated — 10 concurrent requests against a pool of max 5; clients waited (up to 7 in wave 3) " +
          "but every connection came back after each wave: raise `max`, or queue the requests, if this load is real",
      ],
    });
  });

  it("suspects a leak when the monitor reported leaks during the run, even if the connections came back", () => {
    const site = { site: "src/report.ts:4:29", fn: "loadReport", checkouts: 10, held: 0, holdMsP95: 5, leaks: 0 };
    const initial = withSites(view(["main", 0, 5]), [site]);
    const waves = [wave(1, withSites(view(["main", 0, 5]), [{ ...site, leaks: 2 }]), { main: 3 })];
    expect(summarize(initial, waves, [1], 0)).toMatchObject({
      verdict: "leak suspected",
      exitCode: 1,
      evidence: [
        "pool 'main': clients waiting for a connection from wave 1 (up to 3 in wave 1)",
        "pool 'main': src/report.ts:4:29 (loadReport) holds 0, 2 leak(s) reported by the monitor",
      ],
    });
    // Leaks the monitor had reported before the run are not this run's.
    expect(summarize(withSites(view(["main", 0, 5]), [{ ...site, leaks: 2 }]), waves, [1], 0).verdict).toBe("saturated");
  });

  it("calls a site slow when its p95 hold time grew several times over its own history, or passed a second without one (exit 4)", () => {
    const site = { site: "src/report.ts:4:29", fn: "loadReport", checkouts: 50, held: 0, holdMsP95: 20, leaks: 0 };
    const initial = withSites(view(["main", 0, 5]), [site]);
    const slowly = [wave(1, withSites(view(["main", 0, 5]), [{ ...site, checkouts: 90, holdMsP95: 400 }]), { main: 2 })];
    expect(summarize(initial, slowly, [1], 0)).toMatchObject({
      verdict: "slow",
      exitCode: 4,
      evidence: [
        "pool 'main': slow — src/report.ts:4:29 (loadReport) holds its clients 400 ms at p95 (20 ms before the run); find the slow query there",
        "pool 'main': clients waiting for a connection from wave 1 (up to 2 in wave 1)",
      ],
    });
    // Twice its history is not slow; without history, a second is.
    const doubled = [wave(1, withSites(view(["main", 0, 5]), [{ ...site, holdMsP95: 40 }]))];
    expect(summarize(initial, doubled, [1], 0).verdict).toBe("healthy");
    const fresh = [wave(1, withSites(view(["main", 0, 5]), [{ ...site, holdMsP95: 1200 }]))];
    expect(summarize(view(["main", 0, 5]), fresh, [1], 0)).toMatchObject({
      verdict: "slow",
      evidence: ["pool 'main': slow — src/report.ts:4:29 (loadReport) holds its clients 1200 ms at p95 (over 1000 ms); find the slow query there"],
    });
  });

  it("fails on the failure rate alone when the pools look fine, and not at the limit itself", () => {
    const initial = view(["main", 0, 5]);
    const waves = [wave(1, view(["main", 0, 5]), {}, 8), wave(2, view(["main", 0, 5]), {}, 10)];
    expect(summarize(initial, waves, [1], 0.05)).toMatchObject({
      verdict: "failing",
      failureRate: 0.1,
      evidence: ["2 of 20 requests failed (10.0%, limit 5.0%): 500 ×2"],
      exitCode: 1,
    });
    expect(summarize(initial, waves, [1], 0.1)).toMatchObject({ verdict: "healthy", exitCode: 0 });
  });

  it("judges on failures alone when there is no pool view (403)", () => {
    const waves = [wave(1, { kind: "forbidden" }), wave(2, { kind: "forbidden" })];
    expect(summarize({ kind: "forbidden" }, waves, [1], 0)).toMatchObject({ verdict: "healthy", exitCode: 0 });
  });

  it("has the exit codes the README's verdict table documents", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("<!-- section: stress -->"), readme.indexOf("<!-- /section: stress -->"));
    const rows = Object.fromEntries([...section.matchAll(/^\| \*\*([a-z ]+)\*\* \|.*\| `(\d)` \|$/gm)].map(([, verdict, code]) => [verdict, Number(code)]));
    expect(rows).toEqual(EXIT_CODES);
  });
});
