// The monitor in an outage, on a PostgreSQL of this file's own: frozen (every process SIGSTOPped: a hung server, a
// partition that drops packets) and stopped. /readyz must say so within seconds and recover; an unreachable database
// must show in /metrics, in the log (rate-limited, with the error code) and as one alert.
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PoolMonitor, withClient, type AlertEvent } from "../../src/runtime/index.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { freezeServer } from "../support/freeze.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger, type LogLine } from "./monitor-logs.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

vi.setConfig({ testTimeout: 90_000 });

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

/** Polls /readyz until it answers `status`; fails after `timeoutMs` with the last answer. */
async function readyzBecomes(base: string, status: number, timeoutMs: number) {
  const started = Date.now();
  let last: Awaited<ReturnType<typeof fetchText>> | undefined;
  while (Date.now() - started < timeoutMs) {
    last = await fetchText(`${base}/readyz`);
    if (last.status === status) return { body: JSON.parse(last.body), afterMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/readyz never answered ${status} within ${timeoutMs} ms; last: ${last?.status} ${last?.body}`);
}

/** The counter's value for this kind, or undefined while it has no sample (nothing counted yet). */
async function connectionErrors(base: string, kind: string): Promise<number | undefined> {
  const metrics = parsePrometheusText((await fetchText(`${base}/metrics`)).body);
  const counted = metrics.samples.some((sample) => sample.name === METRIC_NAMES.connectionErrors && sample.labels.error_type === kind);
  return counted ? sampleValue(metrics, METRIC_NAMES.connectionErrors, { pool_name: "main", error_type: kind }) : undefined;
}

/** How many backends are running a `pg_sleep` now. */
async function runningSleeps(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ active: number }>(
      "SELECT count(*)::int AS active FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep%'",
    );
    return rows[0]!.active;
  } finally {
    await client.end();
  }
}

/** A pool on `url` watched by a monitor of its own, with its ops endpoints; `cleanups` ends them. */
async function watchedPool(url: string, cleanups: Array<() => Promise<unknown> | void>, options: pg.PoolConfig = {}) {
  const pool = new pg.Pool({ connectionString: url, max: 3, ...options });
  const logger = new RecordingLogger();
  // A short round-trip bound so that "within a few seconds" is a fraction of the poll's deadline.
  const monitor = new PoolMonitor({ logger, intervalMs: 1000, readinessTimeoutMs: 500, readinessCacheMs: 200 })
    .watch(pool, { name: "main" })
    .start();
  const alerts: AlertEvent[] = [];
  monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
  const server = await serve(opsHandler({ monitor }));
  cleanups.push(
    () => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]),
    () => monitor.stop(),
    () => server.close(),
  );
  return { pool, monitor, logger, alerts, server };
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("an outage of a server of our own", () => {
  let database: PostgresHandle;
  const cleanups: Array<() => Promise<unknown> | void> = [];

  beforeAll(async () => {
    database = await startPostgres();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("frozen, with no load: /readyz turns 503 within a few seconds, with the reason, and 200 after SIGCONT", async () => {
    const { pool, server, alerts } = await watchedPool(database.url, cleanups);
    // An idle client in the pool: a connect() + release() would hand it out without touching the network.
    await Promise.all([pool.query("SELECT 1"), pool.query("SELECT 1")]);
    expect(pool.idleCount).toBeGreaterThanOrEqual(1);
    await readyzBecomes(server.url, 200, 5000);

    const frozen = await freezeServer(database.url);
    try {
      expect(frozen.pids.length).toBeGreaterThan(1);
      const down = await readyzBecomes(server.url, 503, 5000);
      expect(down.body).toMatchObject({
        status: "unavailable",
        pools: [{ poolName: "main", reason: "no answer to the readiness query (SELECT 1, current_setting('transaction_read_only') AS read_only) within 500 ms" }],
      });
      // A hung server counts as a connection error of kind "timeout" too: an alert rule on the counter fires.
      expect(await connectionErrors(server.url, "timeout")).toBeGreaterThanOrEqual(1);
      expect(alerts.map((alert) => alert.kind)).toEqual(["connection-errors"]);
    } finally {
      frozen.resume();
    }
    const up = await readyzBecomes(server.url, 200, 15_000);
    expect(up.body.pools[0]).not.toHaveProperty("reason");
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
  });

  // Drill (bb) (session 26): with no idle client to borrow, the probe opens a connection of its own; to a host that
  // never answers, /readyz said "no answer to the readiness query … within 2000 ms" — a query that was never sent.
  it("frozen, with no connection open: /readyz says the probe's connection never opened, not that its query went unanswered", async () => {
    const { pool, server } = await watchedPool(database.url, cleanups);
    expect(pool.totalCount).toBe(0);
    const frozen = await freezeServer(database.url);
    try {
      const down = await readyzBecomes(server.url, 503, 5000);
      expect(down.body.pools[0].reason).toBe(
        "cannot connect: no connection opened within 500 ms for the readiness query (SELECT 1, " +
          "current_setting('transaction_read_only') AS read_only) (none of the pool's was idle to borrow)",
      );
      expect(await connectionErrors(server.url, "timeout")).toBeGreaterThanOrEqual(1);
    } finally {
      frozen.resume();
    }
    await readyzBecomes(server.url, 200, 15_000);
  });

  // Drill (aa) (session 25): a line 2 s into a freeze read "6/10 active" with the application holding 5 — the sixth
  // the readiness probe's borrowed client, stuck in its round trip. pg-pool counts it as checked out, and it is a slot
  // the application cannot have, so the count stays; the line says whose it is.
  it("frozen while the readiness probe holds a borrowed client: the periodic line says which active client is the probe's", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 3 });
    const logger = new RecordingLogger();
    // A bound longer than the interval: the borrowed client is still out when the next line is logged.
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, readinessTimeoutMs: 5000, readinessCacheMs: 0 })
      .watch(pool, { name: "main" })
      .start();
    cleanups.push(() => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]), () => monitor.stop());
    await Promise.all([pool.query("SELECT 1"), pool.query("SELECT 1")]);
    const held = await pool.connect();
    expect(pool.idleCount).toBe(1);
    const frozen = await freezeServer(database.url);
    let answer: Promise<unknown> | undefined;
    try {
      answer = monitor.readiness();
      const line = await logger.next((entry) => entry.message.startsWith("Pool 'main'") && entry.message.includes("(2/3 active"));
      expect(line).toEqual({
        level: "info",
        message: "Pool 'main': 67% utilized (2/3 active, 1 of them the readiness probe's, 0 idle, 0 waiting)",
      });
    } finally {
      frozen.resume();
    }
    await answer;
    held.release();
    // Given back: the line no longer names the probe.
    const after = await logger.next((entry) => entry.message.startsWith("Pool 'main'") && !entry.message.includes("(2/3 active"));
    expect(after.message).not.toContain("readiness probe");
  });

  // Found in the outage drill: with the database unreachable, the connections pg-pool was still trying to open counted
  // as active — "Pool 'main' utilization at 83%", db_client_connection_count{state="used"} 30 — when none existed.
  it("frozen while callers connect: connections being opened are not active, their callers are pending", async () => {
    const { pool, monitor, logger, server } = await watchedPool(database.url, cleanups);
    const frozen = await freezeServer(database.url);
    let connects: Array<Promise<pg.PoolClient>> = [];
    try {
      connects = [pool.connect(), pool.connect(), pool.connect()];
      // pg-pool counts a client from the moment it starts connecting; against a frozen server none gets further.
      expect(pool.totalCount).toBe(3);
      const line = await logger.next((l) => l.message.startsWith("Pool 'main'"), 5000);
      expect(line).toEqual({ level: "info", message: "Pool 'main': 0% utilized (0/3 active, 0 idle, 0 waiting)" });
      expect(monitor.snapshot().pools[0]).toMatchObject({ totalCount: 0, idleCount: 0, waitingCount: 0, utilizationPercent: 0 });
      expect(monitor.stats()[0]).toMatchObject({ totalCount: 0, usedCount: 0, connectingCount: 3 });
      const metrics = parsePrometheusText((await fetchText(`${server.url}/metrics`)).body);
      expect(sampleValue(metrics, METRIC_NAMES.count, { pool_name: "main", state: "used" })).toBe(0);
      expect(sampleValue(metrics, METRIC_NAMES.pendingRequests, { pool_name: "main" })).toBe(3);
      // Found in round four's drill (a blackholed server, no connectionTimeoutMillis): the callers wait forever and
      // nothing fails, so with nobody polling /readyz the line stayed the healthy info line. A whole interval with
      // callers waiting and not one connection opened is a hung connect: the line says the pool cannot serve.
      const next = await logger.next((l) => l.message.startsWith("Pool 'main'"), 5000);
      expect(next).toEqual({
        level: "warn",
        message:
          "Pool 'main': 0% utilized (0/3 active, 0 idle, 0 waiting); cannot serve: no connection opened since the last " +
          "report while 3 caller(s) wait for one (the database does not answer; `connectionTimeoutMillis` bounds their wait)",
      });
    } finally {
      frozen.resume();
    }
    // Once the server answers, the same three are open connections, checked out.
    const clients = await Promise.all(connects);
    expect(monitor.snapshot().pools[0]).toMatchObject({ totalCount: 3, idleCount: 0, utilizationPercent: 100 });
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 3, connectingCount: 0 });
    for (const client of clients) client.release();
  });

  // Drill o (docs/drills.md): a server that accepts TCP and never answers, callers bounded by connectionTimeoutMillis.
  // The waiting line and the `waiting` alert said only "Pool 'main' has 39 waiting client(s)" — the README's "the pool
  // is exhausted: a leak, a spike, or slow queries" — with not one connection open to hold it: the callers waited for
  // connections that did not open. Now both say so, and what the last connect said once one failed.
  it("frozen while callers keep trying under connectionTimeoutMillis: the waiting line says no connection is open, and why", async () => {
    const { pool, logger, alerts } = await watchedPool(database.url, cleanups, { connectionTimeoutMillis: 300 });
    const frozen = await freezeServer(database.url);
    let trying = true;
    const caller = async () => {
      while (trying) await pool.query("SELECT 1").catch(() => undefined);
    };
    const callers = Array.from({ length: 5 }, caller);
    try {
      const noneOpen = String.raw`; none of its max 3 connections is open: they wait for the \d being opened`;
      const line = await logger.next((l) => l.message.startsWith("Pool 'main' has") && l.message.includes("the last connect failed"), 10_000);
      expect(line.level).toBe("warn");
      expect(line.message).toMatch(
        new RegExp(
          String.raw`^Pool 'main' has \d+ waiting client\(s\)${noneOpen}, and the last connect failed \(Connection terminated ` +
            String.raw`due to connection timeout\); \d+ caller\(s\) timed out waiting since the last report \(connectionTimeoutMillis\)$`,
        ),
      );
      // The alert came at the first caller that queued, before any connect had failed: the connects were opening.
      const waiting = alerts.filter((alert) => alert.kind === "waiting");
      expect(waiting).toHaveLength(1);
      expect(waiting[0]).toMatchObject({ totalCount: 0 });
      expect(waiting[0]!.message).toMatch(new RegExp(String.raw`^Pool 'main' has \d+ waiting client\(s\)${noneOpen}`));
    } finally {
      trying = false;
      frozen.resume();
    }
    await Promise.all(callers);
  });

  // Found in the outage drill: while every connect was refused, the periodic line went on reading as the seed's
  // healthy one, "Pool 'main': 0% utilized (0/30 active, 0 idle, 0 waiting)", at info.
  it("stopped: the periodic line is a warning that says the pool cannot serve, and healthy again once it can", async () => {
    const { pool, logger } = await watchedPool(database.url, cleanups);
    const statsLine = (line: LogLine) => line.message.startsWith("Pool 'main': ");
    await database.stopServer();
    try {
      const refused = await pool.query("SELECT 1").then(() => undefined, (error: Error) => error);
      expect(refused?.message).toMatch(/^connect ECONNREFUSED /);
      const line = await logger.next(statsLine, 5000);
      expect(line).toEqual({
        level: "warn",
        message: `Pool 'main': 0% utilized (0/3 active, 0 idle, 0 waiting); cannot serve: the last connect failed (${refused!.message})`,
      });
    } finally {
      await database.startServer();
    }
    await pool.query("SELECT 1");
    const line = await logger.next(statsLine, 5000);
    expect(line).toEqual({ level: "info", message: "Pool 'main': 0% utilized (0/3 active, 1 idle, 0 waiting)" });
  });

  // Round three's drill: while the database was down, the listen pool's line said only "cannot serve"; the nine dead
  // LISTEN clients it holds, which stay dead after the database is back, went unsaid until then.
  it("stopped while the application holds clients: the periodic line says the pool cannot serve and that they are dead", async () => {
    const { pool, logger } = await watchedPool(database.url, cleanups);
    const held = [await pool.connect(), await pool.connect()];
    cleanups.push(() => held.forEach((client) => client.release(new Error("test over"))));
    const ended = Promise.all(held.map((client) => new Promise((resolve) => client.once("end", resolve))));
    await database.stopServer();
    try {
      await ended;
      const refused = await pool.query("SELECT 1").then(() => undefined, (error: Error) => error);
      expect(refused?.message).toMatch(/^connect ECONNREFUSED /);
      const line = await logger.next((l) => l.message.startsWith("Pool 'main': "), 5000);
      expect(line).toEqual({
        level: "warn",
        message:
          `Pool 'main': 67% utilized (2/3 active, 0 idle, 0 waiting); cannot serve: the last connect failed (${refused!.message}); ` +
          "2 of the active clients lost their connection and are still checked out (their queries fail): " +
          "release each with `client.release(err)` so that the pool replaces it",
      });
    } finally {
      await database.startServer();
    }
  });

  it("stopped, with no load: /readyz turns 503 within a few seconds, and 200 once the server is back", async () => {
    const { pool, server } = await watchedPool(database.url, cleanups);
    await Promise.all([pool.query("SELECT 1"), pool.query("SELECT 1")]);
    await readyzBecomes(server.url, 200, 5000);
    await database.stopServer();
    try {
      const down = await readyzBecomes(server.url, 503, 5000);
      expect(down.body).toMatchObject({ status: "unavailable", pools: [{ poolName: "main" }] });
      expect(down.body.pools[0].reason).toMatch(/^(cannot connect|the readiness query \(SELECT 1, current_setting\('transaction_read_only'\) AS read_only\) failed): /);
    } finally {
      await database.startServer();
    }
    const up = await readyzBecomes(server.url, 200, 15_000);
    expect(up.body.pools[0]).not.toHaveProperty("reason");
  });

  it("stopped while callers try: 503 naming the error, the counter by kind, one rate-limited warn line, one alert", async () => {
    const { pool, monitor, logger, alerts, server } = await watchedPool(database.url, cleanups);
    await readyzBecomes(server.url, 200, 15_000);
    await pool.query("SELECT 1");
    // The README's PoolConnectionErrors rule fires on an increase between two scrapes: before, nothing to count.
    expect(await connectionErrors(server.url, "ECONNREFUSED")).toBeUndefined();
    const from = logger.lines.length;
    const stoppedAt = performance.now();
    await database.stopServer();
    try {
      // Callers keep trying, each failure awaited: 20 attempts in a row.
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(await pool.query("SELECT 1").then(() => "answered", (error: Error) => error.message));
      }
      expect(outcomes.filter((outcome) => outcome === "answered")).toEqual([]);

      const down = await readyzBecomes(server.url, 503, 5000);
      expect(down.body.pools[0]).toMatchObject({ poolName: "main" });
      expect(down.body.pools[0].reason).toMatch(/^cannot connect: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
      expect(await connectionErrors(server.url, "ECONNREFUSED")).toBeGreaterThanOrEqual(20);
      expect(monitor.stats()[0]!.connectionErrors.ECONNREFUSED).toBeGreaterThanOrEqual(20);

      // The warning names the code, and at most one goes out per interval however many attempts failed.
      const naming = (line: LogLine) => line.message.includes("connection error(s)") && line.message.includes("ECONNREFUSED");
      const warning = logger.lines.slice(from).find(naming) ?? (await logger.next(naming, 5000));
      expect(warning.level).toBe("warn");
      expect(warning.message).toMatch(/^Pool 'main' connection error\(s\): \d+ since the last report \(.*ECONNREFUSED ×\d+.*\); last: /);
      const errorLines = logger.lines.slice(from).filter((line) => line.message.includes("connection error(s)"));
      const elapsedIntervals = (performance.now() - stoppedAt) / 1000;
      expect(errorLines.length).toBeLessThanOrEqual(Math.ceil(elapsedIntervals) + 1);

      // One episode: a single alert however many errors.
      expect(alerts.filter((alert) => alert.kind === "connection-errors")).toHaveLength(1);
      expect(alerts[0]!.message).toMatch(/^Pool 'main' connection error: (ECONNREFUSED|57P01) \(/);
    } finally {
      await database.startServer();
    }
    const up = await readyzBecomes(server.url, 200, 15_000);
    expect(up.body.status).toBe("ok");
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
  });

  // Round five's drill: PostgreSQL restarted under load. Every connection the pool had died of the server's 57P01
  // (admin shutdown), yet /metrics counted the ones killed mid-query as `terminated` and those under pool.query()
  // not at all, so PoolConnectionErrors' `error_type` did not say "restarted".
  it("restarted under load: each connection counted once as 57P01, none left lost or held, serving again by itself", async () => {
    const { pool, monitor, server } = await watchedPool(database.url, cleanups);
    const opened: pg.Client[] = [];
    pool.on("connect", (client) => opened.push(client));
    const sleep = "SELECT pg_sleep(30)";
    // Each way an application runs a query: the helper, connect/finally release, and pool.query().
    const requests = [
      withClient(pool, (client) => client.query(sleep)),
      (async () => {
        const client = await pool.connect();
        try {
          return await client.query(sleep);
        } finally {
          client.release();
        }
      })(),
      pool.query(sleep),
    ].map((request) => request.then(() => "answered", (error: { code?: string }) => error.code));
    await readyzBecomes(server.url, 200, 5000);
    // No event says that the three backends run their queries: polled.
    while ((await runningSleeps(database.url)) < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toHaveLength(3);
    const ended = Promise.all(opened.map((client) => new Promise((resolve) => client.once("end", resolve))));
    await database.stopServer();
    try {
      expect(await Promise.all(requests)).toEqual(["57P01", "57P01", "57P01"]);
      await ended;
      expect(monitor.stats()[0]).toMatchObject({ connectionErrors: { "57P01": 3 }, usedCount: 0, lostCount: 0 });
      const down = await readyzBecomes(server.url, 503, 5000);
      expect(down.body.pools[0].reason).toMatch(/^(cannot connect|the readiness query \(SELECT 1, current_setting\('transaction_read_only'\) AS read_only\) failed): /);
    } finally {
      await database.startServer();
    }
    await readyzBecomes(server.url, 200, 15_000);
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 0, lostCount: 0 });
  });
});
