import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type PoolStats } from "../../src/runtime/index.js";
import { about, RecordingLogger } from "./monitor-logs.js";

const url = inject("databaseUrl");
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function newPool(max: number, extra: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, ...extra });
  cleanups.push(() => pool.end());
  return pool;
}

function newMonitor(options: ConstructorParameters<typeof PoolMonitor>[0]): PoolMonitor {
  const monitor = new PoolMonitor(options);
  cleanups.push(() => monitor.stop());
  return monitor;
}

/** Checks out n clients at once (so the pool really opens n connections). */
async function hold(pool: pg.Pool, n: number): Promise<pg.PoolClient[]> {
  return Promise.all(Array.from({ length: n }, () => pool.connect()));
}
const holdLine =
  readFileSync(fileURLToPath(import.meta.url), "utf8")
    .split("\n")
    .findIndex((line) => line.includes("() => pool.connect()));")) + 1;

describe("PoolMonitor.snapshot()", () => {
  it("is exactly the seed's /readyz body: main 15 total / 10 idle → 17%, a full listen pool → 100%", async () => {
    const main = newPool(30);
    const listen = newPool(9);
    const monitor = newMonitor({ logger: new RecordingLogger() })
      .watch(main, { name: "main" })
      .watch(listen, { name: "listen", longLived: true });
    const mainClients = await hold(main, 15);
    for (const client of mainClients.slice(0, 10)) client.release();
    const listenClients = await hold(listen, 9);

    const snapshot = monitor.snapshot();
    expect(Object.keys(snapshot)).toEqual(["status", "timestamp", "pools"]);
    expect(snapshot.status).toBe("ok");
    expect(new Date(snapshot.timestamp).toISOString()).toBe(snapshot.timestamp);
    expect(snapshot.pools).toEqual([
      { poolName: "main", totalCount: 15, idleCount: 10, waitingCount: 0, utilizationPercent: 17, timestamp: snapshot.timestamp },
      { poolName: "listen", totalCount: 9, idleCount: 0, waitingCount: 0, utilizationPercent: 100, timestamp: snapshot.timestamp },
    ]);
    expect(Object.keys(snapshot.pools[0]!)).toEqual([
      "poolName", "totalCount", "idleCount", "waitingCount", "utilizationPercent", "timestamp",
    ]);
    for (const client of [...mainClients.slice(10), ...listenClients]) client.release();
  });

  it("uses pg's default max of 10 when the pool sets none", async () => {
    const pool = new pg.Pool({ connectionString: url });
    cleanups.push(() => pool.end());
    const monitor = newMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" });
    const [client] = await hold(pool, 1);
    expect(monitor.snapshot().pools[0]!.utilizationPercent).toBe(10);
    expect(monitor.stats()[0]!.max).toBe(10);
    client!.release();
  });
});

describe("PoolMonitor log lines", () => {
  it("logs the seed's info line every interval while the pool is healthy", async () => {
    const pool = newPool(30);
    const logger = new RecordingLogger();
    newMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    const clients = await hold(pool, 30);
    for (const client of clients.slice(7)) client.release();
    const line = await logger.next(about("main"));
    expect(line).toEqual({ level: "info", message: "Pool 'main': 23% utilized (7/30 active, 23 idle, 0 waiting)" });
    const again = await logger.next(about("main"));
    expect(again).toEqual(line);
    for (const client of clients.slice(0, 7)) client.release();
  });

  it("escalates to the seed's utilization warning above warnUtilizationPercent", async () => {
    const pool = newPool(30);
    const logger = new RecordingLogger();
    newMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    const clients = await hold(pool, 26);
    expect(await logger.next(about("main"))).toEqual({ level: "warn", message: "Pool 'main' utilization at 87%" });
    // At exactly the threshold it is still healthy: 24/30 = 80%.
    for (const client of clients.splice(0, 2)) client.release();
    expect(await logger.next(about("main"))).toEqual({
      level: "info",
      message: "Pool 'main': 80% utilized (24/30 active, 2 idle, 0 waiting)",
    });
    for (const client of clients) client.release();
  });

  it("does not warn for a full longLived pool, but does for its waiting clients", async () => {
    const listen = newPool(12);
    const logger = new RecordingLogger();
    newMonitor({ logger, intervalMs: 1000 }).watch(listen, { name: "listen", longLived: true }).start();
    const clients = await hold(listen, 12);
    expect(await logger.next(about("listen"))).toEqual({
      level: "info",
      message: "Pool 'listen': 100% utilized (12/12 active, 0 idle, 0 waiting)",
    });
    const waiter = listen.connect();
    // Every checkout of a long-lived pool is attributed: the line holding it is named.
    expect(await logger.next(about("listen"))).toEqual({
      level: "warn",
      message: `Pool 'listen' has 1 waiting client(s); top holders: test/runtime/monitor.test.ts:${holdLine} (12 held)`,
    });
    for (const client of clients) client.release();
    (await waiter).release();
  });

  it("warns with the seed's waiting line while clients wait", async () => {
    const pool = newPool(2);
    const logger = new RecordingLogger();
    newMonitor({ logger, intervalMs: 1000, siteSampleRate: 0 }).watch(pool, { name: "main" }).start();
    const clients = await hold(pool, 2);
    const waiters = Array.from({ length: 5 }, () => pool.connect());
    expect(await logger.next(about("main"))).toEqual({ level: "warn", message: "Pool 'main' has 5 waiting client(s)" });
    for (const client of clients) client.release();
    for (const waiter of waiters) (await waiter).release();
    expect(await logger.next(about("main"))).toEqual({
      level: "info",
      message: "Pool 'main': 0% utilized (0/2 active, 2 idle, 0 waiting)",
    });
  });
});

describe("PoolMonitor.stats()", () => {
  it("counts wait and use time, timeouts and connect errors", async () => {
    const pool = newPool(1);
    const broken = new pg.Pool({ connectionString: url.replace(/:(\d+)\//, ":1/"), max: 1 });
    cleanups.push(() => broken.end());
    const monitor = newMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" }).watch(broken, { name: "broken" });
    const beforeConnect = performance.now();
    const client = await pool.connect();
    const afterConnect = performance.now();
    // Only now: on a loaded machine opening the connection itself may take longer than 50 ms.
    pool.options.connectionTimeoutMillis = 50;
    // Held across a second caller's 50 ms connection timeout.
    await expect(pool.connect()).rejects.toThrow("timeout exceeded when trying to connect");
    // The use time runs from the hand-out (before afterConnect) to the release (between these two readings).
    const beforeRelease = performance.now();
    client.release();
    const releasedAt = performance.now();
    await expect(broken.query("SELECT 1")).rejects.toThrow();

    const [main, brokenStats] = monitor.stats() as [PoolStats, PoolStats];
    expect(main).toMatchObject({ poolName: "main", max: 1, totalCount: 1, idleCount: 1, usedCount: 0, waitingCount: 0, timeouts: 1, connectErrors: 0, longLived: false });
    expect(main.waitTime.count).toBe(1);
    expect(main.useTime.count).toBe(1);
    expect(main.useTime.maxMs).toBeGreaterThanOrEqual(Math.max(50, beforeRelease - afterConnect) - 1);
    expect(main.useTime.maxMs).toBeLessThanOrEqual(releasedAt - beforeConnect + 1);
    expect(main.waitTime.maxMs).toBeLessThanOrEqual(afterConnect - beforeConnect + 1);
    expect(main.useTime.buckets.at(-1)).toEqual({ le: Infinity, count: 1 });
    expect(main.useTime.sumSeconds).toBeCloseTo(main.useTime.maxMs / 1000, 6);
    expect(brokenStats).toMatchObject({ poolName: "broken", timeouts: 0, connectErrors: 1 });
  });
});

describe("PoolMonitor never throws into the application", () => {
  it("contains a logger that throws and listeners that throw or reject", async () => {
    const pool = newPool(1);
    const thrower = { info: () => { throw new Error("logger down"); }, warn: () => { throw new Error("logger down"); } };
    const monitor = newMonitor({ logger: thrower, intervalMs: 1000, leakDetectionMs: 20 }).watch(pool, { name: "main" }).start();
    const seen: string[] = [];
    monitor.on("stats", () => { throw new Error("listener down"); });
    monitor.on("stats", () => seen.push("stats"));
    monitor.on("leak", async () => { throw new Error("async listener down"); });
    monitor.on("leak", () => seen.push("leak"));
    const client = await pool.connect();
    await once(monitor, "leak");
    await once(monitor, "stats");
    client.release();
    expect(seen).toContain("stats");
    expect(seen).toContain("leak");
    expect((await pool.query("SELECT 1 AS one")).rows[0].one).toBe(1);
  });

  it("rejects bad options with what was wrong", () => {
    expect(() => new PoolMonitor({ intervalMs: -1 })).toThrow("PoolMonitor: `intervalMs` must be a positive number, got -1");
    // Seconds where milliseconds are meant, or a typo: one line per pool a second is the floor.
    expect(() => new PoolMonitor({ intervalMs: 30 })).toThrow(
      "PoolMonitor: `intervalMs` is in milliseconds and must be at least 1000, got 30; for 30 seconds write `intervalMs: 30_000`",
    );
    expect(() => new PoolMonitor({ intervalMs: 0.001 })).toThrow("must be at least 1000, got 0.001");
    expect(() => new PoolMonitor({ intervalMs: 1000 })).not.toThrow();
    expect(() => new PoolMonitor({ alertClearMs: -5 })).toThrow("PoolMonitor: `alertClearMs` must be a non-negative number, got -5");
    expect(() => new PoolMonitor({ readinessTimeoutMs: 0 })).toThrow("PoolMonitor: `readinessTimeoutMs` must be a positive number, got 0");
    expect(() => new PoolMonitor({ siteSampleRate: 2 })).toThrow("PoolMonitor: `siteSampleRate` must be between 0 and 1, got 2");
    expect(() => new PoolMonitor({ leakDetectionMs: 2 ** 31 })).toThrow(
      "PoolMonitor: `leakDetectionMs` must be at most 2147483647 ms (about 24.8 days), got 2147483648",
    );
    expect(() => new PoolMonitor({ logger: {} as never })).toThrow("PoolMonitor: `logger` must have `info` and `warn` methods");
    const pool = newPool(1);
    const monitor = newMonitor({}).watch(pool, { name: "main" });
    expect(() => monitor.watch(newPool(1), { name: "main" })).toThrow("a pool named 'main' is already watched");
  });

  it("does not keep the process alive: a started monitor lets node exit on its own", async () => {
    const code = [
      'import { PoolMonitor } from "./src/runtime/index.ts";',
      'new PoolMonitor({ logger: console, intervalMs: 1000, leakDetectionMs: 10 }).start();',
      'console.log("started");',
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Had the interval kept the event loop alive, this would never resolve (and the test time out).
    const [exitCode] = (await once(child, "exit")) as [number | null];
    expect(output).toBe("started\n");
    expect(exitCode).toBe(0);
  });

  it("stop() clears its timers and can be called twice", async () => {
    const pool = newPool(1);
    const logger = new RecordingLogger();
    const monitor = newMonitor({ logger, intervalMs: 1000, leakDetectionMs: 30 }).watch(pool, { name: "main" }).start();
    await logger.next(about("main"));
    const client = await pool.connect();
    monitor.stop();
    monitor.stop();
    const leaks: unknown[] = [];
    monitor.on("leak", (leak) => leaks.push(leak));
    const count = logger.lines.length;
    // A later timer is the observable: had anything been left armed, it would have fired before this one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(logger.lines.length).toBe(count);
    expect(leaks).toEqual([]);
    client.release();
  });
});
