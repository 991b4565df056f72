// Alerts are episodes with hysteresis, and sustained utilisation is judged over time: a saturated pool raises a
// handful of alerts, not hundreds, and a pool busy on average raises its sustained alert although it dips at every
// release. The load below is paced by real queries (pg_sleep) and short timers: it is the profile under test.
import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { AlertEpisode } from "../../src/runtime/alert-episodes.js";
import { PoolMonitor, withClient, type AlertEvent } from "../../src/runtime/index.js";
import { UtilizationWindow } from "../../src/runtime/utilization-window.js";
import { RecordingLogger } from "./monitor-logs.js";

vi.setConfig({ testTimeout: 60_000 });

const url = inject("databaseUrl");
const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched(max: number, options: ConstructorParameters<typeof PoolMonitor>[0] = {}, longLived = false) {
  const pool = new pg.Pool({ connectionString: url, max });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, intervalMs: 1000, siteSampleRate: 0, ...options })
    .watch(pool, { name: "main", longLived })
    .start();
  const alerts: AlertEvent[] = [];
  monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor, logger, alerts };
}

/** Callers that each hold a client for `holdMs` (a real query), pause `pauseMs`, and go again until `untilMs`. */
async function cycle(pool: pg.Pool, callers: number, holdMs: number, pauseMs: number, untilMs: number): Promise<number> {
  let checkouts = 0;
  const deadline = performance.now() + untilMs;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < deadline) {
        await withClient(pool, (client) => client.query("SELECT pg_sleep($1)", [holdMs / 1000]));
        checkouts++;
        if (pauseMs > 0) await delay(pauseMs);
      }
    }),
  );
  return checkouts;
}

async function hold(pool: pg.Pool, n: number): Promise<pg.PoolClient[]> {
  const clients = await Promise.all(Array.from({ length: n }, () => pool.connect()));
  cleanups.push(() => clients.forEach((client) => client.release()));
  return clients;
}

describe("AlertEpisode", () => {
  it("opens once, stays open through flaps shorter than minClearMs, and closes only after a clear spell", () => {
    const episode = new AlertEpisode(500);
    expect(episode.observe(true, 0)).toBe(true);
    // Flapping: clear for 10 ms, then again, hundreds of times.
    let opened = 0;
    for (let t = 10; t < 3000; t += 20) {
      if (episode.observe(false, t)) opened++;
      if (episode.observe(true, t + 10)) opened++;
    }
    expect(opened).toBe(0);
    expect(episode.isOpen).toBe(true);
    // Clear from 3000 on: still open at 3499, closed at 3500, and the next sighting opens a new episode.
    episode.observe(false, 3000);
    episode.observe(false, 3499);
    expect(episode.isOpen).toBe(true);
    episode.observe(false, 3500);
    expect(episode.isOpen).toBe(false);
    expect(episode.observe(true, 3600)).toBe(true);
  });

  it("counts a clear spell nobody looked at in between: seen clear at 0, active again at 900 with minClearMs 500", () => {
    const episode = new AlertEpisode(500);
    episode.observe(true, -100);
    episode.observe(false, 0);
    expect(episode.observe(true, 900)).toBe(true);
    expect(episode.observe(true, 950)).toBe(false);
  });

  it("with minClearMs 0, closes at the first clear sighting", () => {
    const episode = new AlertEpisode(0);
    expect(episode.observe(true, 0)).toBe(true);
    episode.observe(false, 1);
    expect(episode.observe(true, 2)).toBe(true);
  });
});

describe("UtilizationWindow", () => {
  it("gives the time-weighted mean over the window: 8 held, a ninth 90 % of the time → 8.9", () => {
    const window = new UtilizationWindow(1000, 0);
    // 90 ms at 9, 10 ms at 8, for 2 s: the level dips at every release.
    for (let t = 0; t < 2000; t += 100) {
      window.observe(9, t);
      window.observe(8, t + 90);
    }
    expect(window.mean(2000)).toBeCloseTo(8.9, 1);
  });

  it("knows nothing until a whole window has passed, then forgets what is older than the window", () => {
    const window = new UtilizationWindow(1000, 0);
    window.observe(10, 0);
    expect(window.mean(999)).toBeUndefined();
    window.observe(0, 1000);
    expect(window.mean(1000)).toBeCloseTo(10, 5);
    expect(window.mean(2500)).toBeCloseTo(0, 5);
    // A long quiet spell costs no more than a window's worth of work and leaves the last level.
    window.observe(4, 3_600_000);
    expect(window.mean(3_601_000)).toBeCloseTo(4, 5);
  });
});

describe("alerts under load, on a real pool", () => {
  it("saturation without a fault (pool of 2, 3 busy callers, 3 s): one `waiting` alert, one waiting line per interval", async () => {
    const { pool, logger, alerts } = watched(2);
    const started = performance.now();
    const checkouts = await cycle(pool, 3, 5, 0, 3000);
    const elapsedMs = performance.now() - started;
    // The load really saturated the pool: many checkouts, callers queued all along.
    expect(checkouts).toBeGreaterThan(50);
    expect(alerts.filter((alert) => alert.kind === "waiting")).toHaveLength(1);
    // A handful at most, whatever the kind.
    expect(alerts.length).toBeLessThanOrEqual(3);
    const waitingLines = logger.lines.filter((line) => line.message.includes("waiting client(s)"));
    expect(waitingLines.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / 1000) + 1);
  });

  it("a new episode only after the condition has been clear for alertClearMs", async () => {
    const { pool, monitor, alerts } = watched(1, { alertClearMs: 300 });
    const client = await pool.connect();
    const waiter = pool.connect();
    expect(alerts.map((alert) => alert.kind)).toEqual(["waiting"]);
    client.release();
    const second = await waiter;
    // Queued again at once: the same episode.
    const again = pool.connect();
    expect(alerts).toHaveLength(1);
    second.release();
    const third = await again;
    // Clear across a tick more than 300 ms later: the episode is over, the next queue is a new one.
    const clearedAt = performance.now();
    await new Promise((resolve) => monitor.once("stats", resolve));
    if (performance.now() - clearedAt < 300) await new Promise((resolve) => monitor.once("stats", resolve));
    const last = pool.connect();
    expect(alerts.map((alert) => alert.kind)).toEqual(["waiting", "waiting"]);
    third.release();
    (await last).release();
  });

  it("sustained utilisation: 89 % on average for 3 s with sustainedMs 1 s fires once, though every release dips to 80 %", async () => {
    const { pool, alerts } = watched(10, { sustainedMs: 1000, warnUtilizationPercent: 80 });
    await hold(pool, 8);
    const started = performance.now();
    await cycle(pool, 1, 90, 10, 3000);
    const sustained = alerts.filter((alert) => alert.kind === "sustained-utilization");
    expect(sustained).toHaveLength(1);
    const mean = Number(/averaged (\d+)%/.exec(sustained[0]!.message)?.[1]);
    expect(mean).toBeGreaterThan(80);
    expect(mean).toBeLessThanOrEqual(90);
    expect(sustained[0]!.message).toBe(
      `Pool 'main' utilization averaged ${mean}% over the last 1000 ms, above 80%; ` +
        "find the holders with `monitor.sites()` or raise the pool's `max`",
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("no sustained alert when utilisation only peaks above the threshold: 7 held, 2 callers 30 % of the time (~76 %)", async () => {
    const { pool, alerts } = watched(10, { sustainedMs: 1000, warnUtilizationPercent: 80 });
    await hold(pool, 7);
    await cycle(pool, 2, 30, 70, 3000);
    expect(alerts.filter((alert) => alert.kind === "sustained-utilization")).toEqual([]);
  });

  it("never a sustained alert for a longLived pool, full for seconds", async () => {
    const { pool, monitor, alerts } = watched(2, { sustainedMs: 1000 }, true);
    await hold(pool, 2);
    for (let tick = 0; tick < 3; tick++) await new Promise((resolve) => monitor.once("stats", resolve));
    expect(alerts).toEqual([]);
  });
});
