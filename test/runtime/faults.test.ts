// Faults under a running monitor, seen through /readyz on a real server: a backend killed under a checked-out
// client, and the whole database stopped and started again. Nothing may crash, reject unhandled, or stay broken.
import { once } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { fetchText, serve, type RunningServer } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

// Outages take as long as the machine makes them; the waits below are bounded by readyzBecomes, not by the clock.
vi.setConfig({ testTimeout: 120_000 });

const logger = { lines: [] as string[], info(line: string) { this.lines.push(line); }, warn(line: string) { this.lines.push(line); } };

// Anything that escapes to the process is a failure of the runtime, whatever the test was looking at.
const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);
beforeEach(() => {
  escaped.length = 0;
  process.on("unhandledRejection", onEscape);
  process.on("uncaughtException", onEscape);
});
afterEach(() => {
  process.off("unhandledRejection", onEscape);
  process.off("uncaughtException", onEscape);
  expect(escaped).toEqual([]);
});

/** Polls /readyz (observable state) until it answers `status`, or fails after `timeoutMs`. */
async function readyzBecomes(base: string, status: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: Awaited<ReturnType<typeof fetchText>> | undefined;
  while (Date.now() < deadline) {
    last = await fetchText(`${base}/readyz`);
    if (last.status === status) return JSON.parse(last.body);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/readyz never answered ${status}; last: ${last?.status} ${last?.body}`);
}

describe("a backend terminated under a checked-out client", () => {
  let pool: pg.Pool;
  let admin: pg.Client;
  let monitor: PoolMonitor;
  let server: RunningServer;

  beforeAll(async () => {
    const connectionString = inject("databaseUrl");
    pool = new pg.Pool({ connectionString, max: 3, connectionTimeoutMillis: 10_000 });
    admin = new pg.Client({ connectionString });
    await admin.connect();
    monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    server = await serve(opsHandler({ monitor }));
  });

  afterAll(async () => {
    await server.close();
    monitor.stop();
    await Promise.all([pool.end(), admin.end()]);
  });

  it("fails that client's query, and the pool and /readyz carry on", async () => {
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    // The handler is attached at once: the rejection arrives while the admin query is still being awaited.
    const victim = client.query("SELECT pg_sleep(30)").then(() => undefined, (error: Error) => error);
    const killed = await admin.query<{ done: boolean }>("SELECT pg_terminate_backend($1) AS done", [rows[0]!.pid]);
    expect(killed.rows[0]!.done).toBe(true);
    const failure = await victim;
    expect(failure?.message).toMatch(/terminating connection|Connection terminated/);
    // What a careful application does with a broken client: destroy it rather than return it.
    client.release(failure);

    const ready = await readyzBecomes(server.url, 200);
    expect(ready.pools[0]).toMatchObject({ poolName: "main", waitingCount: 0 });
    const again = await pool.query<{ one: number }>("SELECT 1 AS one");
    expect(again.rows[0]!.one).toBe(1);
    expect(pool.totalCount).toBeLessThanOrEqual(3);
  });

  it("survives all of its connections being killed, idle ones included", async () => {
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    const pids: number[] = [];
    for (const client of clients) {
      pids.push((await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
      client.release();
    }
    expect(pool.idleCount).toBe(3);
    const allRemoved = new Promise<void>((resolve) => {
      let left = pids.length;
      pool.on("remove", () => --left === 0 && resolve());
    });
    // Only this pool's backends: other test files share the database.
    await admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [pids]);
    // The pool hears about its idle clients dying (pool "error" + "remove"); nothing escapes to the process.
    await allRemoved;
    await readyzBecomes(server.url, 200);
    const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
    expect(rows[0]!.one).toBe(1);
  });
});

describe("a pool exhausted by clients that are never released", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let server: RunningServer;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2, connectionTimeoutMillis: 10_000 });
    monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    server = await serve(opsHandler({ monitor }));
  });

  afterAll(async () => {
    await server.close();
    monitor.stop();
    await pool.end();
  });

  it("/readyz answers 503 once callers time out, and 200 when the clients come back", async () => {
    const leaked = [await pool.connect(), await pool.connect()];
    // Short only now that the pool is full: opening connections on a loaded machine may take longer than this.
    pool.options.connectionTimeoutMillis = 300;
    expect((await fetchText(`${server.url}/readyz`)).status).toBe(200);
    const refused = await pool.connect().then(
      (client) => {
        client.release();
        return "connected";
      },
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/timeout exceeded when trying to connect/);

    const down = await readyzBecomes(server.url, 503);
    expect(down).toMatchObject({ status: "unavailable", pools: [{ poolName: "main", utilizationPercent: 100 }] });
    const metrics = parsePrometheusText((await fetchText(`${server.url}/metrics`)).body);
    expect(sampleValue(metrics, METRIC_NAMES.timeouts, { pool_name: "main" })).toBeGreaterThanOrEqual(1);

    for (const client of leaked) client.release();
    const up = await readyzBecomes(server.url, 200);
    expect(up.pools[0]).toMatchObject({ poolName: "main", waitingCount: 0 });
  });
});

describe("the database stopped and started while the monitor runs", () => {
  let database: PostgresHandle;
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let server: RunningServer;

  beforeAll(async () => {
    database = await startPostgres();
    pool = new pg.Pool({ connectionString: database.url, max: 3, connectionTimeoutMillis: 10_000 });
    monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
    server = await serve(opsHandler({ monitor }));
  });

  afterAll(async () => {
    await server.close();
    monitor.stop();
    await pool.end();
    await database.dispose();
  });

  // With DATABASE_URL the server is not ours to stop: this fault needs the embedded one.
  it.skipIf(Boolean(process.env.DATABASE_URL))("/readyz goes 503 and back to 200, and the pool recovers", async () => {
    await Promise.all([pool.query("SELECT 1"), pool.query("SELECT 1")]);
    const before = await readyzBecomes(server.url, 200);
    expect(before.status).toBe("ok");

    await database.stopServer();
    // The application keeps trying meanwhile; its queries fail, nothing crashes.
    const during = await pool.query("SELECT 1").then(() => "answered", (error: Error) => error.message);
    expect(during).not.toBe("answered");
    const down = await readyzBecomes(server.url, 503);
    expect(down).toMatchObject({ status: "unavailable", pools: [{ poolName: "main" }] });
    const metrics = await fetchText(`${server.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(sampleValue(parsePrometheusText(metrics.body), METRIC_NAMES.max, { pool_name: "main" })).toBe(3);
    expect((await fetchText(`${server.url}/health`)).status).toBe(200);

    await database.startServer();
    const up = await readyzBecomes(server.url, 200);
    expect(up.status).toBe("ok");
    const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
    expect(rows[0]!.one).toBe(1);
    // The monitor's timer still runs after the outage.
    const [stats] = (await once(monitor, "stats")) as [Array<{ poolName: string }>];
    expect(stats.map((entry) => entry.poolName)).toEqual(["main"]);
  });
});
