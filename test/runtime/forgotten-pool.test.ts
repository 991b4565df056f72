// Pools dropped without end() while watched (drill jj, docs/drills.md): a pool made per request or per job, watched,
// used and forgotten. The monitor holds its pools weakly (watched-set.ts), so such a pool is collected as it would
// be unwatched — once pg-pool's idle timeout has closed its clients' sockets — and leaves /readyz and /metrics, said
// once in the next periodic line. The collection is awaited through a FinalizationRegistry under a gc() reached with
// V8's --expose-gc flag set at run time.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { RecordingLogger } from "./monitor-logs.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText } from "./prometheus-text.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const tick = (monitor: PoolMonitor) => (monitor as unknown as { tick(): void }).tick();

/**
 * A pool of `clients` connections, each used once and given back, their sockets closed by pg-pool's idle timeout
 * (awaited: its `remove` events); `watch` may watch it. Only a WeakRef to it is returned.
 */
async function usedAndForgotten(clients: number, watch: (pool: pg.Pool) => void): Promise<WeakRef<pg.Pool>> {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: clients, idleTimeoutMillis: 50 });
  watch(pool);
  const removed = new Promise<void>((resolve) => {
    let left = clients;
    pool.on("remove", () => --left === 0 && resolve());
  });
  const held = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
  for (const client of held) await client.query("SELECT 1");
  for (const client of held) client.release();
  await removed;
  return new WeakRef(pool);
}

function registered(registry: FinalizationRegistry<void>, ref: WeakRef<object>): boolean {
  const target = ref.deref();
  if (target !== undefined) registry.register(target, undefined);
  return target !== undefined;
}

/** A watched pool used once, ended (its client removed by end()) and dropped before any tick: a WeakRef to it. */
async function endedAndDropped(monitor: PoolMonitor): Promise<WeakRef<pg.Pool>> {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
  monitor.watch(pool, { name: "ended" });
  await pool.query("SELECT 1");
  await pool.end();
  return new WeakRef(pool);
}

/**
 * A watched pool ended with no client open — never used, or its idle clients closed by the idle timeout before
 * end() — and dropped before any tick: end() removes no client then, so no `remove` event tells the monitor.
 */
async function endedWithNoClient(monitor: PoolMonitor): Promise<WeakRef<pg.Pool>> {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
  monitor.watch(pool, { name: "ended-idle" });
  await pool.end();
  return new WeakRef(pool);
}

/** Whether the pool is collected within `rounds` full collections, each followed by a turn of the event loop. */
async function collected(ref: WeakRef<object>, rounds = 30): Promise<boolean> {
  let finalized = false;
  const registry = new FinalizationRegistry<void>(() => {
    finalized = true;
  });
  // Registered from a function of its own: no frame of this one may hold the target across the collections.
  if (!registered(registry, ref)) return true;
  for (let round = 0; round < rounds && !finalized; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return finalized;
}

describe("a watched pool dropped without end()", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("is collected as an unwatched one is, and leaves /readyz and /metrics, said once", async () => {
    // The baseline: the same pool, never watched, is collected once its sockets are closed.
    expect(await collected(await usedAndForgotten(2, () => {}))).toBe(true);

    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 });
    const server = await serve(opsHandler({ monitor }));
    cleanups.push(() => server.close(), () => monitor.stop());
    const forgotten = await usedAndForgotten(2, (pool) => monitor.watch(pool, { name: "per-request" }));
    expect(monitor.stats().map((stats) => stats.poolName)).toEqual(["per-request"]);

    expect(await collected(forgotten)).toBe(true);
    expect(monitor.stats()).toEqual([]);
    const readyz = JSON.parse((await fetchText(`${server.url}/readyz`)).body) as { status: string; pools: unknown[] };
    expect(readyz).toMatchObject({ status: "ok", pools: [] });
    const metrics = parsePrometheusText((await fetchText(`${server.url}/metrics`)).body);
    expect(metrics.samples.filter((sample) => sample.labels.pool_name === "per-request")).toEqual([]);
    tick(monitor);
    expect(logger.lines).toEqual([
      {
        level: "warn",
        message:
          "1 watched pool(s) were dropped without end() and collected since the last report (the last: " +
          "'per-request'); they left /readyz and /metrics. A pool made per request or per job opens connections of " +
          "its own each time: share one pool, or end() each one (which closes its connections at once)",
      },
    ]);
    tick(monitor);
    expect(logger.lines).toHaveLength(1);
  });

  it("a watched pool ended and then dropped is collected too, and not said as forgotten", async () => {
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 });
    cleanups.push(() => monitor.stop());
    const ended = await endedAndDropped(monitor);
    expect(await collected(ended)).toBe(true);
    expect(monitor.stats()).toEqual([]);
    tick(monitor);
    expect(logger.lines).toEqual([]);
  });

  it("a watched pool ended with no client open and then dropped is not said as forgotten either", async () => {
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 });
    cleanups.push(() => monitor.stop());
    expect(await collected(await endedWithNoClient(monitor))).toBe(true);
    expect(monitor.stats()).toEqual([]);
    tick(monitor);
    expect(logger.lines).toEqual([]);
  });

  it("a pool the application still holds stays watched through the same collections", async () => {
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 600_000 });
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2, idleTimeoutMillis: 50 });
    monitor.watch(pool, { name: "kept" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    // A pool kept by the application only: a WeakRef to a different object lets the collections run.
    expect(await collected(new WeakRef({}))).toBe(true);
    const client = await pool.connect();
    client.release();
    expect(monitor.stats().map((stats) => [stats.poolName, stats.totalCount])).toEqual([["kept", 1]]);
  });
});
