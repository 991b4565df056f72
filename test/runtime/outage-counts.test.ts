// What the monitor counts and says in an outage, where one connect is seen twice over (runtime-w's path observes every
// connect at its client, while the callers' answers and the readiness probe still report theirs): only the clients
// pg-pool makes are the pool's connects (not the application's own `new pool.Client()`), a probe that timed out is
// one error however its connect ends, and a connect failure seen at the client with no caller answered feeds the
// waiting line's "the last connect failed (…)". On a PostgreSQL of this file's own, frozen as in outage.test.ts.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { freezeServer } from "../support/freeze.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger } from "./monitor-logs.js";
import { until } from "../support/until.js";

vi.setConfig({ testTimeout: 90_000 });

/** The monitor's periodic tick, now (its interval is set long, so that only the test ticks). */
const tick = (monitor: PoolMonitor) => (monitor as unknown as { tick(): void }).tick();

describe.skipIf(Boolean(process.env.DATABASE_URL))("connection errors counted once, on a server of our own", () => {
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

  function watched(options: pg.PoolConfig, monitorOptions: { readinessTimeoutMs?: number } = {}) {
    const pool = new pg.Pool({ connectionString: database.url, ...options });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000, ...monitorOptions }).watch(pool, { name: "main" }).start();
    cleanups.push(
      () => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]),
      () => monitor.stop(),
    );
    return { pool, monitor, logger };
  }

  it("the application's own clients made with the watched pool's Client are not the pool's connects", async () => {
    const { pool, monitor } = watched({ max: 1 });
    const Client = (pool as unknown as { Client: typeof pg.Client }).Client;
    const nowhere = new URL(database.url);
    nowhere.pathname = "/no_such_database";
    // The callback form and the promise form, each failing at the server (3D000: no such database).
    const failed = await new Promise<Error | undefined>((resolve) => new Client({ connectionString: nowhere.href }).connect(resolve));
    expect((failed as { code?: string } | undefined)?.code).toBe("3D000");
    await expect(new Client({ connectionString: nowhere.href }).connect()).rejects.toMatchObject({ code: "3D000" });
    // …and one that connects, made with no config at all but the URL.
    const fine = new Client({ connectionString: database.url });
    await fine.connect();
    await fine.end();
    const stats = monitor.stats()[0]!;
    expect(stats.connectionErrors).toEqual({});
    expect(stats.connectErrors).toBe(0);
    // The pool's own connects are still watched: one pg-pool makes for a caller that is gone (as after its queue
    // timer), failing at the server, is counted.
    (pool as unknown as { options: pg.PoolConfig }).options.connectionString = nowhere.href;
    const gone = { timedOut: true, callback: () => undefined };
    (pool as unknown as { newClient(item: unknown): void }).newClient(gone);
    await until(() => pool.totalCount === 0, 10_000, "the pool's connect to fail");
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ "3D000": 1 });
  });

  it("a readiness probe that timed out, its borrow turned into a connect that fails later: one connection error", async () => {
    const { pool, monitor } = watched({ max: 2 }, { readinessTimeoutMs: 300 });
    // One idle client to borrow.
    await pool.query("SELECT 1");
    expect(pool.idleCount).toBe(1);
    const idle = (pool as unknown as { _idle: Array<{ client: pg.Client }> })._idle[0]!.client;
    const frozen = await freezeServer(database.url);
    try {
      // The probe queues for the idle client (pg-pool hands it out on the next tick)…
      const answer = monitor.readiness();
      expect(pool.waitingCount).toBe(1);
      // …which breaks before that (its backend gone: 57P01): pg-pool opens a new connection for the probe instead.
      idle.emit("error", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }));
      const probed = await answer;
      expect(probed.pools[0]!.reason).toMatch(/within 300 ms/);
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
      // The probe's connect, hung on the frozen server, is cut (a connection reset) after the probe gave up.
      const clients = (pool as unknown as { _clients: pg.Client[] })._clients;
      expect(clients.length).toBe(1);
      const connecting = clients[0] as unknown as { connection: { stream: { destroy(error: Error): void } } };
      connecting.connection.stream.destroy(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }));
      await until(() => pool.totalCount === 0, 10_000, "the probe's connect to fail");
      // One round trip, one error: the probe's timeout, not the connect's end again.
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
    } finally {
      frozen.resume();
    }
  });

  /**
   * The probe's borrow, on a frozen server, turned into a connect: one idle client to borrow, which breaks (57P01)
   * before pg-pool hands it out, so pg-pool opens a connection for the probe — one that hangs. Returns the probe's
   * answer and the frozen server (resume it in a `finally`).
   */
  async function borrowTurnedIntoConnect(pool: pg.Pool, monitor: PoolMonitor) {
    await pool.query("SELECT 1");
    expect(pool.idleCount).toBe(1);
    const idle = (pool as unknown as { _idle: Array<{ client: pg.Client }> })._idle[0]!.client;
    const frozen = await freezeServer(database.url);
    const answer = monitor.readiness();
    expect(pool.waitingCount).toBe(1);
    idle.emit("error", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }));
    return { answer, frozen };
  }

  it("a readiness probe's borrow answered by pg-pool's queue timeout, its connect failing later: one connection error", async () => {
    // connectionTimeoutMillis below the probe's bound: pg-pool's queue timer answers the borrow first.
    const { pool, monitor } = watched({ max: 2, connectionTimeoutMillis: 300 }, { readinessTimeoutMs: 10_000 });
    const { answer, frozen } = await borrowTurnedIntoConnect(pool, monitor);
    try {
      expect((await answer).pools[0]!.reason).toBe("cannot connect: timeout exceeded when trying to connect");
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
      // The connect pg-pool opened for the probe ends at its own connectionTimeoutMillis, for nobody.
      await until(() => pool.totalCount === 0, 10_000, "the probe's connect to fail");
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
    } finally {
      frozen.resume();
    }
  });

  it("a readiness probe past its bound, then its queue timeout, then its connect's failure: one connection error", async () => {
    // The probe's bound below connectionTimeoutMillis: the bound first, then pg-pool's queue timer, then the connect's.
    const { pool, monitor } = watched({ max: 2, connectionTimeoutMillis: 600 }, { readinessTimeoutMs: 300 });
    const { answer, frozen } = await borrowTurnedIntoConnect(pool, monitor);
    try {
      expect((await answer).pools[0]!.reason).toMatch(/within 300 ms/);
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
      await until(() => pool.totalCount === 0, 10_000, "the probe's connect to fail");
      expect(monitor.stats()[0]!.connectionErrors).toEqual({ "57P01": 1, timeout: 1 });
    } finally {
      frozen.resume();
    }
  });

  it("a connect failed with no caller answered: the waiting line says the last connect failed", async () => {
    const { pool, monitor, logger } = watched({ max: 1, connectionTimeoutMillis: 500 });
    const held = await pool.connect();
    const frozen = await freezeServer(database.url);
    const outcomes: Array<Promise<unknown>> = [];
    const ask = () => outcomes.push(pool.connect().then((client) => client.release(), () => undefined));
    try {
      // Queued behind the held client: its queue timer runs from now.
      ask();
      // The held client's connection is cut and the client given back: once it is closed, pg-pool opens a connection
      // for the queued caller, which hangs (frozen). The caller's queue timer gives up first, and the connect's own
      // bound fails it later: no caller hears of it.
      (held as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      held.release(new Error("dropped by the application"));
      await until(() => monitor.stats()[0]!.connectionErrors.timeout === 1, 10_000, "the connect for nobody to fail");
      expect(monitor.stats()[0]!.timeouts).toBe(1);
      // Two callers now: one opens a connection, one waits for it.
      ask();
      ask();
      expect(pool.waitingCount).toBe(1);
      tick(monitor);
      const line = logger.lines.at(-1)!;
      expect(line.level).toBe("warn");
      expect(line.message).toContain(
        "has 1 waiting client(s); none of its max 1 connections is open: they wait for the 1 being opened, " +
          "and the last connect failed (Connection terminated due to connection timeout)",
      );
    } finally {
      frozen.resume();
      await Promise.all(outcomes);
    }
  });
});
