// The server starting up or shutting down (drill ii, docs/drills.md): connects answered 57P03 ("the database system
// is shutting down" / "is starting up"). A smart shutdown (SIGTERM to the postmaster) keeps the sessions open until
// they leave and answers every new connect 57P03, so the window holds still for the test: a pool with a session open
// serves with it, one with none cannot serve, and both name the server as not ready — not a refusal, not a timeout.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { postmasterPid } from "../support/freeze.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger } from "./monitor-logs.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText } from "./prometheus-text.js";

vi.setConfig({ testTimeout: 60_000 });

const tick = (monitor: PoolMonitor) => (monitor as unknown as { tick(): void }).tick();
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: Error & { code?: string }) => error);

describe.skipIf(Boolean(process.env.DATABASE_URL))("the server shutting down (57P03), on a server of our own", () => {
  let database: PostgresHandle;
  beforeAll(async () => {
    database = await startPostgres();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("a pool with a session open serves with it while it is idle; one with none cannot serve; both say the server is not ready", async () => {
    const open = new pg.Pool({ connectionString: database.url, max: 2, connectionTimeoutMillis: 5000 });
    const none = new pg.Pool({ connectionString: database.url, max: 2, connectionTimeoutMillis: 5000 });
    const logger = new RecordingLogger();
    const alerts: AlertEvent[] = [];
    // Uncached: each readiness answer below is a round trip of its own.
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000, readinessCacheMs: 0 })
      .watch(open, { name: "open" })
      .watch(none, { name: "none" });
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    const server = await serve(opsHandler({ monitor }));
    const held = await open.connect();
    let givenBack = false;
    try {
      process.kill(await postmasterPid(database.url), "SIGTERM");
      // The postmaster takes the signal in its own time: a fresh connect says when the window is open.
      for (;;) {
        const probe = new pg.Client({ connectionString: database.url });
        const error = await failure(probe.connect().then(() => probe.end()));
        if (error?.code === "57P03") break;
      }
      const [fromOpen, fromNone] = await Promise.all([failure(open.connect()), failure(none.connect())]);
      expect(fromOpen?.message).toBe("the database system is shutting down");
      expect(fromNone?.code).toBe("57P03");

      const readyz = await fetchText(`${server.url}/readyz`);
      expect(readyz.status).toBe(503);
      const ready = JSON.parse(readyz.body) as { status: string; pools: Array<{ poolName: string; reason?: string }> };
      const byName = Object.fromEntries(ready.pools.map((pool) => [pool.poolName, pool]));
      // The held session still runs queries, but a caller that finds none idle gets a new connection of a pool below
      // its max, answered 57P03 too (drill mm; before, ready). Given back, the session serves (below).
      expect((await held.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      expect(byName.open!.reason).toBe(
        "cannot connect: 57P03 (the database system is shutting down), and none of its 1 open connections is idle: a " +
          "checkout opens a new connection (the pool is below its max 2), which fails the same way",
      );
      expect(byName.none!.reason).toBe("cannot connect: 57P03 (the database system is shutting down)");
      expect(ready.status).toBe("unavailable");
      // Counted by the server's code (the caller's connect and the probe's: none was idle to borrow), never as a timeout.
      expect(monitor.stats().map((stats) => stats.connectionErrors)).toEqual([{ "57P03": 2 }, { "57P03": 2 }]);

      logger.lines.length = 0;
      tick(monitor);
      const said = logger.lines.map((line) => line.message);
      expect(said).toContain("Pool 'open': 50% utilized (1/2 active, 0 idle, 0 waiting)");
      expect(said).toContain(
        "Pool 'none': 0% utilized (0/2 active, 0 idle, 0 waiting); cannot serve: the last connect failed (the database " +
          "system is shutting down)",
      );
      const advice =
        "the server is starting up, shutting down or recovering (a restart, a failover, a smart shutdown waiting for " +
        "its open sessions to leave) and takes no new session: connects succeed again once it is up; if it lasts, " +
        "check the server's log";
      // Both pools' callers fail at once: their alerts come in either order.
      const connectionAlerts = alerts.filter((alert) => alert.kind === "connection-errors").map((alert) => alert.message);
      expect(connectionAlerts.sort()).toEqual([
        "Pool 'none' connection error: 57P03 (the database system is shutting down; the server takes no new session " +
          `now, with none of its max 2 connections open: it cannot serve); ${advice}`,
        "Pool 'open' connection error: 57P03 (the database system is shutting down; the server takes no new session " +
          `now, with 1 of its max 2 connections open, none idle: no new connection can be opened now; the 1 serve only while ` +
          `one is idle, and a caller that finds none fails the same way); ${advice}`,
      ]);
      const metrics = parsePrometheusText((await fetchText(`${server.url}/metrics`)).body);
      const errors = metrics.samples
        .filter((sample) => sample.name === METRIC_NAMES.connectionErrors)
        .map((sample) => `${sample.labels.pool_name} ${sample.labels.error_type} ${sample.value}`);
      expect(errors.sort()).toEqual(["none 57P03 2", "open 57P03 2"]);

      // Its session idle in the pool: the probe borrows it, and the pool serves with it.
      held.release();
      givenBack = true;
      const again = (await monitor.readiness()).pools.find((pool) => pool.poolName === "open");
      expect(again).toMatchObject({ poolName: "open", totalCount: 1, idleCount: 1 });
      expect(again!.reason).toBeUndefined();
    } finally {
      if (!givenBack) held.release();
      monitor.stop();
      await Promise.all([open.end(), none.end(), server.close()]);
    }
  });
});
