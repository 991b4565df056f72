// A connection that breaks is one connection error, however many `error` events pg raises for it: a backend killed
// under an idle client reaches the monitor twice (the client's own event and the pool's), one killed under a
// checked-out client raises the server's error and then "Connection terminated unexpectedly" when its socket closes.
// Found in the outage drill: pg_terminate_backend of 3 connections showed as 6 in db_client_connection_errors_total.
// Round five's drill (a restart and pg_terminate_backend under load): a connection killed in the middle of a query
// counted as `terminated` — pg hands the server's 57P01 to the query and only the closed socket to `error` — and one
// under `pool.query()` (released with the error, so the pool closes it itself) was not counted at all.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/monitor.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { RecordingLogger } from "./monitor-logs.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText } from "./prometheus-text.js";

const CLIENTS = 3;

/** The next `event` of `emitter` (events.once would reject on the `error` events these tests cause on purpose). */
const next = (emitter: { once(event: string, listener: () => void): unknown }, event: string) =>
  new Promise<void>((resolve) => emitter.once(event, () => resolve()));

/** The error counter's samples for pool 'main', by error_type, as /metrics serves them. */
async function errorsByKind(base: string): Promise<Record<string, number>> {
  const metrics = parsePrometheusText((await fetchText(`${base}/metrics`)).body);
  const byKind: Record<string, number> = {};
  for (const sample of metrics.samples) {
    if (sample.name === METRIC_NAMES.connectionErrors && sample.labels.pool_name === "main") {
      byKind[sample.labels.error_type!] = sample.value;
    }
  }
  return byKind;
}

describe("connections killed by the server", () => {
  let admin: pg.Client;
  const cleanups: Array<() => Promise<unknown> | void> = [];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.end();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A watched pool whose connections carry their own application_name, so that only they are terminated. */
  async function watchedPool(applicationName: string) {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: CLIENTS, application_name: applicationName });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 60_000 }).watch(pool, { name: "main" });
    const server = await serve(opsHandler({ monitor }));
    cleanups.push(() => pool.end(), () => monitor.stop(), () => server.close());
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => pool.connect()));
    return { pool, monitor, server, clients };
  }

  async function terminate(applicationName: string): Promise<number> {
    const { rows } = await admin.query<{ killed: boolean }>(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    return rows.filter((row) => row.killed).length;
  }

  it("counts each idle connection killed once", async () => {
    const { pool, server, clients } = await watchedPool("poolguard-broken-idle");
    for (const client of clients) client.release();
    // pg-pool removes an idle client when its connection errors; each one has then raised everything it will.
    const removed = Promise.all(clients.map(() => next(pool, "remove")));
    const ended = Promise.all(clients.map((client) => next(client, "end")));
    expect(await terminate("poolguard-broken-idle")).toBe(CLIENTS);
    await Promise.all([removed, ended]);

    expect(await errorsByKind(server.url)).toEqual({ "57P01": CLIENTS });
  });

  it("counts each checked-out connection killed once, by the server's error rather than the closed socket", async () => {
    const { server, clients } = await watchedPool("poolguard-broken-held");
    // The application's own listeners, as any code holding a client needs; they do not change what is counted.
    for (const client of clients) client.on("error", () => {});
    const ended = Promise.all(clients.map((client) => next(client, "end")));
    expect(await terminate("poolguard-broken-held")).toBe(CLIENTS);
    await ended;
    for (const client of clients) client.release(new Error("connection was terminated"));

    expect(await errorsByKind(server.url)).toEqual({ "57P01": CLIENTS });
  });

  /** Runs `run`, a query the server is asked to kill while it runs; resolves with the query's error. */
  async function killedInFlight(applicationName: string, run: () => Promise<unknown>): Promise<unknown> {
    const failed = run().then(
      () => undefined,
      (error: unknown) => error,
    );
    // Polled until the backend runs the query (there is no event for it): terminated then, it dies mid-query.
    for (;;) {
      const { rows } = await admin.query<{ killed: boolean }>(
        "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'",
        [applicationName],
      );
      if (rows.some((row) => row.killed)) break;
    }
    return failed;
  }

  it("counts a connection killed in the middle of a query by the server's error, not as a closed socket", async () => {
    const { monitor, server, clients } = await watchedPool("poolguard-broken-query");
    const [client, ...others] = clients;
    for (const other of others) other.release();
    cleanups.push(() => client!.release());
    const ended = next(client!, "end");
    const error = await killedInFlight("poolguard-broken-query", () => client!.query("SELECT pg_sleep(30)"));
    expect(error).toMatchObject({ code: "57P01" });
    await ended;
    expect(await errorsByKind(server.url)).toEqual({ "57P01": 1 });
    // The application has not given it back: it is held, and lost.
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 1, lostCount: 1 });
  });

  it("counts a connection killed under pool.query(), which the pool closes itself", async () => {
    const { pool, server, clients } = await watchedPool("poolguard-broken-pool-query");
    for (const client of clients) client.release();
    const removed = next(pool, "remove");
    const error = await killedInFlight("poolguard-broken-pool-query", () => pool.query("SELECT pg_sleep(30)"));
    expect(error).toMatchObject({ code: "57P01" });
    await removed;
    expect(await errorsByKind(server.url)).toEqual({ "57P01": 1 });
  });

  // The server's idle_session_timeout closes the pool's own idle clients when it is shorter than idleTimeoutMillis:
  // an error of the configuration, not of the database, and the alert says where to look.
  it("counts an idle client closed by idle_session_timeout as 57P05, with an alert that names idleTimeoutMillis", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, options: "-c idle_session_timeout=100" });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 60_000 }).watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    const alerted = new Promise<AlertEvent>((resolve) => monitor.once("alert", resolve));
    const client = await pool.connect();
    const removed = next(pool, "remove");
    client.release();
    await removed;
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P05": 1 });
    expect((await alerted).message).toBe(
      "Pool 'main' connection error: 57P05 (terminating connection due to idle-session timeout); the server closed a " +
        "session left idle past `idle_session_timeout`: an idle client of the pool (set `idleTimeoutMillis` below it) " +
        "or one a holder kept idle (the leak reports and `sites()` name it)",
    );
  });

  // Its twin in a long-lived pool (drill oo): a LISTEN connection is held idle by design, for the life of the process,
  // so idle_session_timeout ends it however short idleTimeoutMillis is, and such a pool has no leak reports. Before,
  // the alert sent the reader to both.
  it("says a long-lived pool's held connection was ended by idle_session_timeout, and how to exempt it", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, options: "-c idle_session_timeout=100" });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 60_000, leakDetectionMs: 60_000 }).watch(
      pool,
      { name: "listen", longLived: true },
    );
    cleanups.push(() => pool.end(), () => monitor.stop());
    const alerted = new Promise<AlertEvent>((resolve) => monitor.once("alert", resolve));
    const listener = await pool.connect();
    listener.on("error", () => {});
    const ended = next(listener, "end");
    await listener.query("LISTEN poolguard_events");
    await ended;
    listener.release(new Error("its session was ended"));
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P05": 1 });
    expect((await alerted).message).toBe(
      "Pool 'listen' connection error: 57P05 (terminating connection due to idle-session timeout); the server closed a " +
        "session left idle past `idle_session_timeout`, and this long-lived pool's held connections (a LISTEN waits " +
        "idle) are such sessions: exempt them (`options: \"-c idle_session_timeout=0\"` in the pool's settings, or " +
        "`ALTER ROLE … SET idle_session_timeout = 0`), and release each one ended with `client.release(err)`",
    );
  });
});
