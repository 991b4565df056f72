import { once } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger, about } from "./monitor-logs.js";

const cleanups: Array<() => Promise<void> | void> = [];
const unhandled = vi.fn();
const uncaught = vi.fn();

beforeAll(() => {
  process.on("unhandledRejection", unhandled);
  process.on("uncaughtException", uncaught);
});

afterAll(() => {
  process.off("unhandledRejection", unhandled);
  process.off("uncaughtException", uncaught);
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  expect(unhandled).not.toHaveBeenCalled();
  expect(uncaught).not.toHaveBeenCalled();
});

async function endPool(pool: pg.Pool): Promise<void> {
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
}

function watched(url: string, poolOptions: pg.PoolConfig = {}) {
  const pool = new pg.Pool({ connectionString: url, max: 3, ...poolOptions });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, intervalMs: 1000, leakDetectionMs: 5000 }).watch(pool, { name: "main" }).start();
  cleanups.push(() => endPool(pool), () => monitor.stop());
  return { pool, monitor, logger };
}

const queryWorks = (client: pg.PoolClient | pg.Pool) =>
  client.query("SELECT 1").then(
    () => "works",
    () => "fails",
  );

describe("faults", () => {
  it("survives pg_terminate_backend on a checked-out client's backend; the pool recovers", async () => {
    const { pool, monitor } = watched(inject("databaseUrl"));
    // The application attaches no `error` listener to the client: the termination must still not crash anything.
    const client = await pool.connect();
    const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    cleanups.push(() => admin.end());
    // The server's FATAL message can reach a query before the socket closes; until it has closed, pg-pool takes the
    // client back as healthy and would hand it out again. Released after its end, it is discarded.
    // (Not events.once: the client's `error` event, which comes first, would reject it.)
    const ended = new Promise((resolve) => client.once("end", resolve));
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);

    await expect.poll(() => queryWorks(client), { timeout: 5000 }).toBe("fails");
    await ended;
    client.release();
    await once(monitor, "stats");
    expect((await monitor.readiness()).status).toBe("ok");
    expect(await queryWorks(pool)).toBe("works");
    const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1", [pid]);
    expect(rows[0].n).toBe(0);
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 0, waitingCount: 0 });
  });

  it("goes unavailable when clients time out waiting, and ok again once a client can be had", async () => {
    const { pool, monitor } = watched(inject("databaseUrl"), { max: 1 });
    const holder = await pool.connect();
    // Only now: on a loaded machine opening the connection itself may take longer than 100 ms.
    pool.options.connectionTimeoutMillis = 100;
    expect(monitor.snapshot().status).toBe("ok");
    await expect(pool.connect()).rejects.toThrow("timeout exceeded when trying to connect");
    expect(monitor.snapshot().status).toBe("unavailable");
    // The probe waits like any caller and times out too.
    expect((await monitor.readiness()).status).toBe("unavailable");
    holder.release();
    const ready = await monitor.readiness();
    expect(ready.status).toBe("ok");
    expect(monitor.snapshot().status).toBe("ok");
    expect(ready.pools[0]).toMatchObject({ poolName: "main", totalCount: 1, idleCount: 1, waitingCount: 0 });
  });

  it("answers a storm of readiness checks with one round trip, and asks again once the answer is stale", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), readinessCacheMs: 300 }).watch(pool, { name: "main" });
    cleanups.push(() => endPool(pool), () => monitor.stop());
    await pool.query("SELECT 1");
    // Each round trip borrows the idle client; pg-pool announces every checkout.
    let checkouts = 0;
    pool.on("acquire", () => checkouts++);
    const answers = await Promise.all(Array.from({ length: 50 }, () => monitor.readiness()));
    expect(answers.every((answer) => answer.status === "ok")).toBe(true);
    expect(checkouts).toBe(1);
    expect((await monitor.readiness()).status).toBe("ok");
    expect(checkouts).toBe(1);
    await expect.poll(async () => (await monitor.readiness(), checkouts), { timeout: 5000, interval: 100 }).toBe(2);
  });

  it("never queues behind the application: an exhausted pool with a waiting caller is probed on a connection of its own", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" });
    cleanups.push(() => endPool(pool), () => monitor.stop());
    const holder = await pool.connect();
    const waiter = pool.connect();
    expect(pool.waitingCount).toBe(1);
    const probing = monitor.readiness();
    // Still the application's one waiting caller, not two.
    expect(monitor.snapshot().pools[0]).toMatchObject({ totalCount: 1, idleCount: 0, waitingCount: 1 });
    const ready = await probing;
    expect(ready.status).toBe("ok");
    expect(ready.pools[0]).toMatchObject({ totalCount: 1, waitingCount: 1 });
    expect(ready.pools[0]).not.toHaveProperty("reason");
    holder.release();
    (await waiter).release();
  });
});

describe("shutdown", () => {
  // The operations guide's shutdown (and the README's): pool.end() while requests still arrive. Their connect()
  // calls reject with pg-pool's "Cannot use a pool after calling end on the pool": the database is fine.
  it("does not count checkouts refused by an ending pool as connection errors, nor alert on them", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => monitor.stop());
    const alerts: unknown[] = [];
    monitor.on("alert", (alert) => alerts.push(alert));
    await pool.query("SELECT 1");
    await pool.end();
    await expect(pool.connect()).rejects.toThrow("Cannot use a pool after calling end on the pool");
    await expect(pool.query("SELECT 1")).rejects.toThrow("Cannot use a pool after calling end on the pool");
    await once(monitor, "stats");
    const stats = monitor.stats()[0]!;
    expect(stats.connectionErrors).toEqual({});
    expect(stats.connectErrors).toBe(2);
    expect(alerts).toEqual([]);
    expect(logger.lines.filter((line) => line.message.includes("connection error"))).toEqual([]);
    // What the periodic line says instead: the pool has ended (end() had finished before the line).
    expect(logger.lines.at(-1)).toEqual({
      level: "warn",
      message: expect.stringContaining("cannot serve: the pool has ended (pool.end() finished: "),
    });
  });
});

describe("shutdown with callers queued", () => {
  // Round five's drill: pool.end() while a caller was queued for a client. pg-pool, once ending, closes the clients
  // that come back instead of handing them on, and neither serves nor rejects the queue: without
  // `connectionTimeoutMillis` that caller waits for ever. The periodic line read "Pool 'main' has 1 waiting
  // client(s)" — an exhausted pool, to be cured by finding its holders — rather than a pool that will never serve it.
  it("says that the pool is ending and that its queued callers will never get a client", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => monitor.stop());
    const holder = await pool.connect();
    let released = false;
    // pool.end() waits for the held client: a failed assertion must not leave it out.
    cleanups.push(() => void (released || holder.release()));
    let served = false;
    void pool.connect().then(
      () => (served = true),
      () => (served = true),
    );
    expect(pool.waitingCount).toBe(1);
    const ended = pool.end();
    const line = await logger.next(about("main"));
    expect(line).toEqual({
      level: "warn",
      message:
        "Pool 'main': 100% utilized (1/1 active, 0 idle, 1 waiting); cannot serve: the pool is ending (pool.end() was " +
        "called); 1 caller(s) queued before it will never get a client (an ending pg-pool neither serves nor rejects " +
        "them; `connectionTimeoutMillis` fails them)",
    });
    holder.release();
    released = true;
    await ended;
    expect(served).toBe(false);
    // Once end() has finished, said once more, as ended (test/runtime/ended-pool.test.ts).
    expect(await logger.next(about("main"))).toEqual({
      level: "warn",
      message:
        "Pool 'main': 0% utilized (0/1 active, 0 idle, 1 waiting); cannot serve: the pool has ended (pool.end() " +
        "finished: its connections are closed and it refuses every checkout); 1 caller(s) queued before it will never " +
        "get a client (an ending pg-pool neither serves nor rejects them; `connectionTimeoutMillis` fails them); its " +
        "last line: the monitor drops what it kept for it; /readyz keeps it unavailable while the application asks it " +
        "for clients, until `monitor.unwatch('main')` or a pool watched under its name replaces it",
    });
  });
});

describe("a pool configured field by field", () => {
  // pg-pool hides a `password` option (non-enumerable, so that it stays out of logs); a probe connection made from a
  // copy of the pool's options without it fails authentication against a healthy database.
  it("is probed on a connection of its own with the pool's password: ready, and no connection error counted", async () => {
    const url = new URL(inject("databaseUrl"));
    expect(url.password).not.toBe("");
    const pool = new pg.Pool({
      host: url.hostname,
      port: Number(url.port),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      max: 1,
    });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" });
    cleanups.push(() => endPool(pool), () => monitor.stop());
    // The pool's one client held by the application: the probe cannot borrow it.
    const holder = await pool.connect();
    const ready = await monitor.readiness();
    expect(ready.pools[0]).not.toHaveProperty("reason");
    expect(ready.status).toBe("ok");
    expect(monitor.stats()[0]!.connectionErrors).toEqual({});
    holder.release();
  });
});

describe("database stopped and started while the monitor runs", () => {
  let server: PostgresHandle;

  beforeAll(async () => {
    server = await startPostgres();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it("readiness goes unavailable and back to ok; no crash, no unhandled rejection; the pool recovers", async (context) => {
    if (!server.embedded) context.skip("DATABASE_URL is set: this server cannot be stopped from here");
    const { pool, monitor } = watched(server.url);
    // Idle clients that will be cut off when the server stops (the application has no pool `error` listener).
    await Promise.all([pool.connect(), pool.connect()]).then((clients) => clients.forEach((c) => c.release()));
    expect((await monitor.readiness()).status).toBe("ok");

    await server.stopServer();
    expect(await queryWorks(pool)).toBe("fails");
    expect(monitor.snapshot().status).toBe("unavailable");
    const down = await monitor.readiness();
    expect(down.status).toBe("unavailable");
    expect(down.pools[0]!.poolName).toBe("main");
    await once(monitor, "stats");
    expect(monitor.stats()[0]!.connectErrors).toBeGreaterThanOrEqual(1);

    await server.startServer();
    await expect.poll(async () => (await monitor.readiness()).status, { timeout: 15_000, interval: 200 }).toBe("ok");
    expect(await queryWorks(pool)).toBe("works");
    expect(monitor.snapshot().status).toBe("ok");
  });
});
