// Clients the application holds whose connection the server closed: the operations guide's listen pool, its nine
// LISTEN handlers each holding a client for the life of the process. Found in the outage drill (round two): after
// PostgreSQL restarted, the listen pool still read `75% utilized (9/12 active, …)` at info level — healthy — while
// every one of its LISTEN connections was dead and no notification could arrive.
import { once } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { PoolMonitor, type AlertEvent, type LeakEvent } from "../../src/runtime/monitor.js";
import { withTransaction } from "../../src/runtime/with-client.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { RecordingLogger } from "./monitor-logs.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText, sampleValue } from "./prometheus-text.js";

const HANDLERS = 2;
const APPLICATION_NAME = "poolguard-lost-listen";

/** The next `event` of `emitter` (events.once would reject on the `error` events these tests cause on purpose). */
const next = (emitter: { once(event: string, listener: () => void): unknown }, event: string) =>
  new Promise<void>((resolve) => emitter.once(event, () => resolve()));

describe("checked-out clients whose connection was closed by the server", () => {
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

  it("are not reported as healthy: the periodic line is a warning that says how many and what to do, until they are released", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4, application_name: APPLICATION_NAME });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "listen", longLived: true }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const handlers = await Promise.all(Array.from({ length: HANDLERS }, () => pool.connect()));
    // pool.end() waits for every checked-out client: a failed assertion must not leave them held.
    cleanups.push(() => handlers.forEach((client) => client.release(new Error("test over"))));
    for (const [index, client] of handlers.entries()) {
      // The application's own listener, as a LISTEN handler has.
      client.on("error", () => {});
      await client.query(`LISTEN poolguard_outbox_${index}`);
    }
    await once(monitor, "stats");
    expect(logger.lines.at(-1)).toEqual({ level: "info", message: "Pool 'listen': 50% utilized (2/4 active, 0 idle, 0 waiting)" });

    const ended = Promise.all(handlers.map((client) => next(client, "end")));
    const { rows } = await admin.query<{ killed: boolean }>(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1",
      [APPLICATION_NAME],
    );
    expect(rows.filter((row) => row.killed)).toHaveLength(HANDLERS);
    await ended;

    const warning = await logger.next((line) => line.message.startsWith("Pool 'listen': "));
    expect(warning).toEqual({
      level: "warn",
      message:
        "Pool 'listen': 50% utilized (2/4 active, 0 idle, 0 waiting); 2 of the active clients lost their connection and " +
        "are still checked out (their queries fail): release each with `client.release(err)` so that the pool replaces it",
    });
    expect(monitor.stats()[0]).toMatchObject({ usedCount: HANDLERS, lostCount: HANDLERS });

    for (const client of handlers) client.release(new Error("connection lost"));
    cleanups.pop();
    const healthy = await logger.next((line) => line.message.startsWith("Pool 'listen': "));
    expect(healthy).toEqual({ level: "info", message: "Pool 'listen': 0% utilized (0/4 active, 0 idle, 0 waiting)" });
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 0, lostCount: 0 });
  });

  // Round three's drill: with every LISTEN connection of the listen pool dead, /readyz answered 200 "ok" (its probe
  // opened a fresh connection, which worked) and /metrics counted the dead clients as `used`, like live ones.
  it("make /readyz say the long-lived pool cannot serve, and /metrics count them apart, until they are released", async () => {
    const url = inject("databaseUrl");
    const listenPool = new pg.Pool({ connectionString: url, max: 4, application_name: APPLICATION_NAME });
    const mainPool = new pg.Pool({ connectionString: url, max: 4, application_name: `${APPLICATION_NAME}-main` });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() })
      .watch(mainPool, { name: "main" })
      .watch(listenPool, { name: "listen", longLived: true })
      .start();
    const server = await serve(opsHandler({ monitor }));
    cleanups.push(() => listenPool.end(), () => mainPool.end(), () => monitor.stop(), () => server.close());
    const handlers = await Promise.all(Array.from({ length: HANDLERS }, () => listenPool.connect()));
    // A client of the main pool the application holds too (a leak, or a long job): its connection dies with the others.
    const held = await mainPool.connect();
    const all = [...handlers, held];
    cleanups.push(() => all.forEach((client) => client.release(new Error("test over"))));
    for (const [index, client] of handlers.entries()) {
      client.on("error", () => {});
      await client.query(`LISTEN poolguard_outbox_${index}`);
    }
    held.on("error", () => {});
    const readyz = async () => {
      const reply = await fetchText(`${server.url}/readyz`);
      return { status: reply.status, body: JSON.parse(reply.body) as { status: string; pools: Array<Record<string, unknown>> } };
    };
    const metrics = async () => parsePrometheusText((await fetchText(`${server.url}/metrics`)).body);
    const before = await readyz();
    expect(before.status).toBe(200);
    expect(sampleValue(await metrics(), METRIC_NAMES.lost, { pool_name: "listen" })).toBe(0);

    const ended = Promise.all(all.map((client) => next(client, "end")));
    const { rows } = await admin.query<{ killed: boolean }>(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = ANY($1)",
      [[APPLICATION_NAME, `${APPLICATION_NAME}-main`]],
    );
    expect(rows.filter((row) => row.killed)).toHaveLength(HANDLERS + 1);
    await ended;

    const during = await readyz();
    expect(during.status).toBe(503);
    expect(during.body.status).toBe("unavailable");
    const [main, listen] = during.body.pools;
    expect(listen).toMatchObject({ poolName: "listen", totalCount: HANDLERS, idleCount: 0 });
    expect(listen?.reason).toBe(
      "2 of its held connections broke and are still checked out (a LISTEN on them receives nothing): " +
        "release each with `client.release(err)` and take a new client",
    );
    // The main pool can still run a query: its dead client is the holder's problem, not the pool's.
    expect(main).toMatchObject({ poolName: "main" });
    expect(main).not.toHaveProperty("reason");
    expect(monitor.snapshot().status).toBe("unavailable");
    const broken = await metrics();
    expect(sampleValue(broken, METRIC_NAMES.lost, { pool_name: "listen" })).toBe(HANDLERS);
    expect(sampleValue(broken, METRIC_NAMES.lost, { pool_name: "main" })).toBe(1);
    // Still checked out (they take the pool's room), so still `used`: the lost gauge says how many of those are dead.
    expect(sampleValue(broken, METRIC_NAMES.count, { pool_name: "listen", state: "used" })).toBe(HANDLERS);
    expect(sampleValue(broken, METRIC_NAMES.count, { pool_name: "main", state: "used" })).toBe(1);

    for (const client of all) client.release(new Error("connection lost"));
    cleanups.pop();
    const after = await readyz();
    expect(after.status).toBe(200);
    expect(after.body.pools.map((pool) => pool.reason)).toEqual([undefined, undefined]);
    const healed = await metrics();
    expect(sampleValue(healed, METRIC_NAMES.lost, { pool_name: "listen" })).toBe(0);
    expect(sampleValue(healed, METRIC_NAMES.lost, { pool_name: "main" })).toBe(0);
  });

  /** A pool whose server ends a transaction left idle 100 ms, watched with a leak threshold well past that. */
  function idleInTransactionTimeout() {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2, idle_in_transaction_session_timeout: 100 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 1500, captureStacks: "always" })
      .watch(pool, { name: "main" })
      .start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const leaked = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    return { pool, logger, monitor, leaked };
  }

  // Round five's drill: a handler holding a client in an open transaction while it awaits something else, killed by
  // `idle_in_transaction_session_timeout` (25P03). The leak report, due later, said only "release it in a `finally`",
  // as of a live client; the client it names was dead, and its next query would fail.
  it("are said to be dead in the leak report, with the server's reason, and the alert names the holder", async () => {
    const { pool, logger, monitor, leaked } = idleInTransactionTimeout();
    const alerted = new Promise<AlertEvent>((resolve) => monitor.once("alert", resolve));
    const client = await pool.connect();
    cleanups.push(() => client.release(new Error("test over")));
    client.on("error", () => {});
    const ended = next(client, "end");
    await client.query("BEGIN");
    await ended;
    // The database is fine: the alert sends the reader to the holder, not to the database.
    expect((await alerted).message).toBe(
      "Pool 'main' connection error: 25P03 (terminating connection due to idle-in-transaction timeout); a client was " +
        "left idle in an open transaction past `idle_in_transaction_session_timeout`: its holder is named by the leak " +
        "reports and `sites()`",
    );

    const event = await leaked;
    expect(event).toMatchObject({
      phase: "held",
      inQuery: false,
      connectionLost: "25P03: terminating connection due to idle-in-transaction timeout",
    });
    const report = logger.lines.find((line) => line.message.startsWith("Possible connection leak"));
    expect(report?.message.split("\n")[0]).toMatch(
      /^Possible connection leak in pool 'main': a client acquired at test\/runtime\/lost-connections\.test\.ts:\d+:\d+ \(.*\) has been held for \d+ ms \(leakDetectionMs 1500\)(, at least \d+ ms of it with the event loop blocked \(.*\))?; its connection broke while it was held \(25P03: terminating connection due to idle-in-transaction timeout\), so its queries fail: release it with `client\.release\(err\)` so that the pool replaces it, in a `finally` or with `withClient`$/,
    );
  });

  // Drill m (docs/drills.md): PostgreSQL restarted while three clients taken without a stack were held. Two came due
  // together and were summed up in one line — "2 clients acquired at unknown sites … release them in a `finally`" —
  // which left out what the third's line said: their connections were dead.
  it("are said to be dead in the one line that sums up a burst of them reported without a stack", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 10, idle_in_transaction_session_timeout: 100 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 1500, siteSampleRate: 0 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const clients = await Promise.all([pool.connect(), pool.connect()]);
    cleanups.push(() => clients.forEach((client) => client.release(new Error("test over"))));
    for (const client of clients) client.on("error", () => {});
    const ended = Promise.all(clients.map((client) => next(client, "end")));
    await Promise.all(clients.map((client) => client.query("BEGIN")));
    await ended;
    const line = await logger.next((l) => l.message.startsWith("Possible connection leak"), 5000);
    expect(line.message).toMatch(
      /^Possible connection leaks in pool 'main': 2 clients acquired at unknown sites have been held for \d+(–\d+)? ms \(leakDetectionMs 1500\); their connections broke while they were held \(25P03: terminating connection due to idle-in-transaction timeout\), so their queries fail: release each with `client\.release\(err\)` so that the pool replaces it, in a `finally` or with `withClient`\. Their stacks were not captured/,
    );
  });

  // Drill n (docs/drills.md): a client leaked in an open transaction, reported, then killed by the server. The report
  // had named its line; what followed — a 25P03 connection error, "1 of the active clients lost their connection" —
  // named none, so nothing tied the dead client to the report.
  it("that were already reported as possible leaks are named by their site when their connection breaks", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 300, captureStacks: "always" }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const reported = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    const client = await pool.connect();
    cleanups.push(() => client.release(new Error("test over")));
    client.on("error", () => {});
    await client.query("BEGIN");
    const event = await reported;
    expect(event).toMatchObject({ phase: "held", transaction: "open", connectionLost: undefined });
    const lost = logger.next((l) => l.message.includes("lost its connection while still held"), 5000);
    const alerted = new Promise<AlertEvent>((resolve) => monitor.once("alert", resolve));
    const pid = (client as unknown as { processID: number }).processID;
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    // Drill z: the server was up, one session was ended; the advice says both causes of a 57P01, not "is it up?".
    expect((await alerted).message).toBe(
      "Pool 'main' connection error: 57P01 (terminating connection due to administrator command); an administrator's " +
        "command ended the session: a shutdown or restart of the server (every connection goes, and connects fail until " +
        "it is back) or `pg_terminate_backend` on it (a person, or a tool that ends idle or long sessions); if the pool's " +
        "other connections go on, the server is up",
    );
    expect((await lost).message).toBe(
      `Pool 'main': the client acquired at ${event.site} (${event.fn}) and reported as a possible leak lost its ` +
        "connection while still held (57P01: terminating connection due to administrator command): its queries fail, " +
        "and its transaction ended with it (rolled back by the server); release it with `client.release(err)` so that " +
        "the pool replaces it",
    );
    expect(event.site).toMatch(/^test\/runtime\/lost-connections\.test\.ts:\d+:\d+$/);
    expect(monitor.stats()[0]).toMatchObject({ lostCount: 1, connectionErrors: { "57P01": 1 } });
  });

  it("held by withTransaction and already reported: the helper gives it back, nothing to release by hand (drill qq)", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 300, captureStacks: "always" }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const reported = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    let pid = 0;
    let finish = () => {};
    const awaited = new Promise<void>((resolve) => (finish = resolve));
    cleanups.push(() => finish());
    const transaction = withTransaction(pool, async (client) => {
      client.on("error", () => {});
      pid = (client as unknown as { processID: number }).processID;
      await awaited;
      return client.query("SELECT 1");
    }).then(
      () => "committed",
      (error: Error) => error.message,
    );
    const event = await reported;
    expect(event).toMatchObject({ phase: "held", helper: "withTransaction", transaction: "open" });
    const lost = logger.next((l) => l.message.includes("lost its connection while still held"), 5000);
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    expect((await lost).message).toBe(
      `Pool 'main': the client acquired through \`withTransaction\` at ${event.site} (${event.fn}) and reported as a ` +
        "possible leak lost its connection while still held (57P01: terminating connection due to administrator " +
        "command): its queries fail, and its transaction ended with it (rolled back by the server); `withTransaction` " +
        "gives it back when its callback settles, and the pool replaces it then",
    );
    finish();
    expect(await transaction).toBe("Client has encountered a connection error and is not queryable");
    expect(monitor.stats()[0]).toMatchObject({ lostCount: 0, totalCount: 0 });
  });

  it("are said to be dead in the report of a client a helper holds, whose callback is still running", async () => {
    const { pool, logger, monitor, leaked } = idleInTransactionTimeout();
    let finish = () => {};
    const awaited = new Promise<void>((resolve) => (finish = resolve));
    let ended: Promise<void> | undefined;
    const transaction = withTransaction(pool, async (client) => {
      client.on("error", () => {});
      ended = next(client, "end");
      await awaited;
      return client.query("SELECT 1");
    }).then(
      () => "committed",
      (error: Error) => error.message,
    );
    cleanups.push(() => finish());
    const event = await leaked;
    await ended;
    expect(event).toMatchObject({
      phase: "held",
      helper: "withTransaction",
      inQuery: false,
      connectionLost: "25P03: terminating connection due to idle-in-transaction timeout",
    });
    const report = logger.lines.find((line) => line.message.startsWith("Possible connection leak"));
    expect(report?.message.split("\n")[0]).toMatch(
      /^Possible connection leak in pool 'main': a client acquired through `withTransaction` at test\/runtime\/lost-connections\.test\.ts:\d+:\d+ \(.*\) has been held for \d+ ms \(leakDetectionMs 1500\)(, at least \d+ ms of it with the event loop blocked \(.*\))?; its connection broke while it was held \(25P03: terminating connection due to idle-in-transaction timeout\), so its queries fail; `withTransaction` gives it back when its callback settles, so the callback is still running$/,
    );
    finish();
    expect(await transaction).toBe("Client has encountered a connection error and is not queryable");
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 0, lostCount: 0 });
  });
});
