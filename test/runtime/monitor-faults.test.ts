import { once } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { probePool } from "../../src/runtime/readiness-probe.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger } from "./monitor-logs.js";

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
  const monitor = new PoolMonitor({ logger, intervalMs: 20, leakDetectionMs: 5000 }).watch(pool, { name: "main" }).start();
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

  it("bounds a probe that cannot get a client, and never runs two at once", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    cleanups.push(() => endPool(pool));
    const holder = await pool.connect();
    const rawConnect = pg.Pool.prototype.connect as Parameters<typeof probePool>[1];
    const first = probePool(pool, rawConnect, 50);
    const shared = probePool(pool, rawConnect, 50);
    expect(shared).toBe(first);
    expect(await first).toBe(false);
    // The first probe's connect is still queued: another readiness check answers without queueing a second.
    expect(await probePool(pool, rawConnect, 50)).toBe(false);
    expect(pool.waitingCount).toBe(1);
    holder.release();
    // The late probe client arrives and goes straight back.
    await expect.poll(() => pool.idleCount, { timeout: 5000 }).toBe(1);
    expect(await probePool(pool, rawConnect, 50)).toBe(true);
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
