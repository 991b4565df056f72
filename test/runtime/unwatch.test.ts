// monitor.unwatch(pool | name), and an ended pool that leaves /readyz by itself (session 21, runtime-q). Before: a
// pool stayed watched for the life of the monitor; an ended one kept /readyz at 503 until a pool was watched under its
// name, so a service that ends one pool of several on purpose (a tenant removed) failed its readiness probe on every
// replica at once, though each served everything it was asked.
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createMetricsRegistry } from "../../src/runtime/metrics.js";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/monitor.js";
import { about, RecordingLogger } from "./monitor-logs.js";

const ENDED = "the pool has ended (pool.end() finished: its connections are closed and it refuses every checkout)";

const cleanups: Array<() => Promise<unknown> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Pools `tenant` and `main` watched by one monitor; whatever a test leaves open is closed after it. */
function setup(options: { leakDetectionMs?: number; intervalMs?: number } = {}) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
  const other = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, intervalMs: 60_000, captureStacks: "always", ...options })
    .watch(pool, { name: "tenant" })
    .watch(other, { name: "main" })
    .start();
  cleanups.push(() => (pool.ending ? undefined : pool.end()), () => other.end(), () => monitor.stop());
  return { pool, other, logger, monitor };
}

describe("monitor.unwatch", () => {

  it("drops the pool's state, its metrics' series and its listeners, and restores its connect", async () => {
    const { pool, other, monitor } = setup();
    const pristine = new pg.Pool({ connectionString: inject("databaseUrl") });
    cleanups.push(() => pristine.end());
    await pool.query("SELECT 1");
    await other.query("SELECT 1");
    const registry = createMetricsRegistry(monitor);
    expect(await registry.metrics()).toContain('pool_name="tenant"');

    expect(monitor.unwatch("tenant")).toBe(true);

    expect(await registry.metrics()).not.toContain('pool_name="tenant"');
    expect(await registry.metrics()).toContain('pool_name="main"');
    expect(monitor.stats().map((s) => s.poolName)).toEqual(["main"]);
    expect(monitor.sites("tenant")).toEqual([]);
    const answer = await monitor.readiness();
    expect(answer.pools.map((p) => p.poolName)).toEqual(["main"]);
    expect(answer.status).toBe("ok");
    expect(Object.hasOwn(pool, "connect")).toBe(false);
    expect(pool.connect).toBe(pg.Pool.prototype.connect);
    // The wrapper that marks an end() for the weak list (pool-end.ts observeEnd) is gone too.
    expect(Object.hasOwn(pool, "end")).toBe(false);
    expect(pool.end).toBe(pg.Pool.prototype.end);
    for (const event of ["connect", "release", "remove"]) {
      expect([event, pool.listenerCount(event)]).toEqual([event, pristine.listenerCount(event)]);
    }
    // Not the monitor's: one that ignores, so that an idle connection cut off later does not crash a process that
    // had no `error` listener of its own while the monitor's absorbed it.
    expect(pool.listeners("error")).toHaveLength(1);
    expect(pool.listeners("error")[0]?.name).toBe("ignoreError");
    // Its name is free again.
    expect(() => monitor.watch(new pg.Pool({ connectionString: inject("databaseUrl") }), { name: "tenant" })).not.toThrow();
    monitor.unwatch("tenant");
  });

  it("is idempotent, takes the pool or its name, and never throws", async () => {
    const { pool, monitor } = setup();
    expect(monitor.unwatch(pool)).toBe(true);
    expect(monitor.unwatch(pool)).toBe(false);
    expect(monitor.unwatch("tenant")).toBe(false);
    expect(monitor.unwatch("nobody")).toBe(false);
    expect(monitor.unwatch(undefined as unknown as string)).toBe(false);
    expect(monitor.unwatch(null as unknown as pg.Pool)).toBe(false);
    expect(monitor.stats().map((s) => s.poolName)).toEqual(["main"]);
    expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("stops the leak clock of its held clients, and a held client whose backend dies does not crash the process", async () => {
    const { pool, other, monitor } = setup({ leakDetectionMs: 300 });
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (event: LeakEvent) => leaks.push(event));
    const held = await pool.connect();
    monitor.unwatch(pool);
    // The other pool's leak comes due after the unwatched one would have: only it is reported.
    const heldOther = await other.connect();
    const reported = new Promise((resolve) => monitor.once("leak", resolve));
    await reported;
    expect(leaks.map((event) => [event.poolName, event.phase])).toEqual([["main", "held"]]);
    heldOther.release();

    // The monitor's `error` listener on the held client is gone; pg would throw an `error` with no listener.
    await other.query("SELECT pg_terminate_backend($1)", [(held as unknown as { processID: number }).processID]);
    const failed = await held.query("SELECT 1").catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    held.release(failed as Error);
  });

  it("answers a readiness round trip in flight for the pools it started with", async () => {
    const { pool, monitor } = setup();
    await pool.end();
    await pool.connect().catch(() => {}); // asked for after its end: it stays unavailable
    const pending = monitor.readiness();
    monitor.unwatch("tenant");
    const answer = await pending;
    expect(answer.pools.map((p) => [p.poolName, p.reason])).toEqual([
      ["tenant", `${ENDED}; the application still asks it for clients (1 checkout(s) refused or timed out since pool.end())`],
      ["main", undefined],
    ]);
    expect((await monitor.readiness()).status).toBe("ok");
  });
});

describe("an ended pool and /readyz", () => {
  const ticking = () => setup({ intervalMs: 1000 });

  it("leaves by itself when nothing asks for it: ready while it ends, gone once ended, one last line", async () => {
    const { pool, logger, monitor } = ticking();
    const held = await pool.connect();
    const ending = pool.end();
    // Its holder finishes its work; nobody else asks the pool for a client.
    expect((await monitor.readiness()).status).toBe("ok");
    expect(monitor.snapshot().status).toBe("ok");
    held.release();
    await ending;
    const answer = await monitor.readiness();
    expect(answer.status).toBe("ok");
    expect(answer.pools.map((p) => p.poolName)).toEqual(["main"]);
    const last = await logger.next(about("tenant"));
    expect(last.message).toContain(
      `cannot serve: ${ENDED}; its last line: nothing asked it for a client since its end, so the monitor stops watching it (it leaves /readyz and /metrics)`,
    );
    // Dropped: its name is free, and the next tick says nothing of it.
    await logger.next(about("main"));
    await logger.next(about("main"));
    expect(logger.lines.filter(about("tenant"))).toHaveLength(1);
    expect(monitor.unwatch("tenant")).toBe(false);
  });

  it("lets tenants come and go: pools watched, used and ended leave nothing behind (drill k's churn)", async () => {
    const { pool, logger, monitor } = ticking();
    for (let i = 0; i < 20; i++) {
      const tenant = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
      monitor.watch(tenant, { name: `tenant-${i}` });
      await tenant.query("SELECT 1");
      await tenant.end();
    }
    // Gone from /readyz and /metrics at once; from the monitor's list at their last line.
    expect(monitor.stats().map((s) => s.poolName)).toEqual(["tenant", "main"]);
    await logger.next(about("tenant-19"));
    expect(Array.from({ length: 20 }, (_, i) => monitor.unwatch(`tenant-${i}`))).toEqual(Array(20).fill(false));
    expect((await monitor.readiness()).status).toBe("ok");
    await pool.end();
  });

  it("stays unavailable while the application still asks it for clients, until it is unwatched", async () => {
    const { pool, logger, monitor } = ticking();
    await pool.end();
    const refused = await pool.connect().catch((error: Error) => error.message);
    expect(refused).toBe("Cannot use a pool after calling end on the pool");
    const reason = `${ENDED}; the application still asks it for clients (1 checkout(s) refused or timed out since pool.end())`;
    const answer = await monitor.readiness();
    expect(answer.status).toBe("unavailable");
    expect(answer.pools.map((p) => [p.poolName, p.reason])).toEqual([["tenant", reason], ["main", undefined]]);
    const last = await logger.next(about("tenant"));
    expect(last.message).toContain(
      "its last line: the monitor drops what it kept for it; /readyz keeps it unavailable while the application asks it " +
        "for clients, until `monitor.unwatch('tenant')` or a pool watched under its name replaces it",
    );
    expect((await monitor.readiness()).status).toBe("unavailable");
    expect(monitor.unwatch("tenant")).toBe(true);
    expect((await monitor.readiness()).status).toBe("ok");
  });
});
