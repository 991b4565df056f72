// Clients the application holds whose connection the server closed: the operations guide's listen pool, its nine
// LISTEN handlers each holding a client for the life of the process. Found in the outage drill (round two): after
// PostgreSQL restarted, the listen pool still read `75% utilized (9/12 active, …)` at info level — healthy — while
// every one of its LISTEN connections was dead and no notification could arrive.
import { once } from "node:events";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { RecordingLogger } from "./monitor-logs.js";

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
});
