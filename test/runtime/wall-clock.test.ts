// A wall-clock step (NTP, a VM resumed, an operator's `date -s`) under held clients (drill hh, docs/drills.md): the
// monitor measures hold and wait times and leak deadlines on a monotonic clock (performance.now, and the timers'
// own), so a step of Date.now by an hour either way invents no leak, hides none, and puts no hour into a hold time.
// Only timestamps shown to people (/readyz's `timestamp`) are wall-clock dates. Date.now is stubbed here — the
// clock, not pg: the pool and the database are real.
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/index.js";

vi.setConfig({ testTimeout: 60_000 });

const HOUR = 3_600_000;
const LEAK_MS = 1000;

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched() {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
  const logger = { info: () => {}, warn: () => {} };
  const monitor = new PoolMonitor({ logger, intervalMs: 600_000, leakDetectionMs: LEAK_MS, captureStacks: "always" })
    .watch(pool, { name: "main" })
    .start();
  const leaks: LeakEvent[] = [];
  monitor.on("leak", (leak: LeakEvent) => leaks.push(leak));
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor, leaks };
}

/** Date.now from now on reads `stepMs` away from the real clock. */
function stepWallClock(stepMs: number): void {
  const real = Date.now.bind(Date);
  vi.spyOn(Date, "now").mockImplementation(() => real() + stepMs);
}

describe.each([
  ["forward", HOUR],
  ["backward", -HOUR],
])("the wall clock stepped %s by an hour under held clients", (_direction, stepMs) => {
  it("reports the client held past leakDetectionMs at its time (none hidden), not the one given back (none invented)", async () => {
    const { pool, monitor, leaks } = watched();
    // No hold or wait time can be longer than the test has run so far (on the monotonic clock, not Date.now): a bound
    // read around the events, sound under any load, and an hour below a step that leaked into them.
    const started = performance.now();
    const sinceStart = () => performance.now() - started + 1;
    const quick = await pool.connect();
    const held = await pool.connect();
    stepWallClock(stepMs);
    // Given back at once, after the step: a duration read from Date.now would be an hour (or less than nothing).
    quick.release();
    const [report] = (await once(monitor, "leak")) as [LeakEvent];
    expect(report.phase).toBe("held");
    expect(report.heldMs).toBeGreaterThanOrEqual(LEAK_MS);
    expect(report.heldMs).toBeLessThanOrEqual(sinceStart());
    expect(leaks).toEqual([report]);
    const back = once(monitor, "leak");
    held.release();
    const [returned] = (await back) as [LeakEvent];
    expect(returned.phase).toBe("returned");
    expect(returned.heldMs).toBeGreaterThanOrEqual(report.heldMs);
    expect(returned.heldMs).toBeLessThanOrEqual(sinceStart());
    // Hold and wait times: the quick one's and the held one's, neither with the hour in it.
    const { useTime, waitTime } = monitor.stats()[0]!;
    expect(useTime.count).toBe(2);
    expect(useTime.maxMs).toBeLessThanOrEqual(sinceStart());
    expect(waitTime.maxMs).toBeLessThanOrEqual(sinceStart());
    // What people read as a time of day is the wall clock's, stepped or not (new Date(), not Date.now, here).
    expect(Number.isNaN(Date.parse((await monitor.readiness()).timestamp))).toBe(false);
  });
});
