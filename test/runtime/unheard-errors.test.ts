// Drill ss (session 33): an application with no `error` listener of its own. watch() adds the monitor's to the pool
// and to each client it hands out, so a session the server ends no longer crashes the process — and before this,
// nothing the monitor said told that without it (unwatched, or another process without poolguard) the same error
// would have been an uncaught exception: the connection-error line and alert read as for an application that
// listens. Now the first error only the monitor heard is said once on the pool, once on a checked-out client.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { RecordingLogger } from "./monitor-logs.js";

const next = (emitter: { once(event: string, listener: () => void): unknown }, event: string) =>
  new Promise<void>((resolve) => emitter.once(event, () => resolve()));

// vitest's worker listens for `uncaughtException`: in this process an unheard error would have gone to that handler,
// and the lines say so (the child processes of unheard-errors-child.test.ts have none, and say the process exits).
const CAUGHT =
  "an uncaught exception, handed to the process's `uncaughtException` handler (the process goes on only if that " +
  "handler lets it; nothing tells it which pool's connection broke)";
const POOL_UNHEARD =
  "Pool 'main': a connection error of an idle client (57P01: terminating connection due to administrator command) " +
  "reached no `error` listener of the application's on the pool, only the monitor's: without the monitor pg-pool's " +
  `\`error\` event would have been ${CAUGHT}. Add ` +
  '`pool.on("error", (err) => …)` (log it: pg-pool removes the broken client itself)';
const CLIENT_UNHEARD =
  "Pool 'main': a connection error of a checked-out client (57P01: terminating connection due to administrator " +
  "command) reached no `error` listener of the application's on that client, only the monitor's: without the monitor " +
  `the client's \`error\` event would have been ${CAUGHT}. A client held ` +
  'with no query in flight hears of a broken connection only through that event: listen for it while the client is ' +
  'held (`client.on("error", …)`, then `client.release(err)`)';

const unheardLines = (logger: RecordingLogger) =>
  logger.lines.filter((line) => line.message.includes("only the monitor's")).map((line) => `${line.level}: ${line.message}`);

describe("an application with no error listener of its own", () => {
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

  async function watched(applicationName: string, poolListener: boolean) {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3, application_name: applicationName });
    if (poolListener) pool.on("error", () => {});
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 60_000 }).watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    const clients = await Promise.all([1, 2, 3].map(() => pool.connect()));
    // pool.end() waits for every checked-out client: give back whatever a test still holds, with an error (destroyed).
    let given = false;
    cleanups.push(() => {
      if (given) return;
      given = true;
      for (const client of clients) {
        try {
          client.release(new Error("the test ended"));
        } catch {
          // released by the test already
        }
      }
    });
    return { pool, logger, clients };
  }

  async function terminate(applicationName: string): Promise<number> {
    const { rows } = await admin.query<{ killed: boolean }>(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    return rows.filter((row) => row.killed).length;
  }

  it("says once that idle clients' errors reached only the monitor's listener on the pool", async () => {
    const { pool, logger, clients } = await watched("poolguard-unheard-idle", false);
    for (const client of clients) client.release();
    const removed = Promise.all(clients.map(() => next(pool, "remove")));
    expect(await terminate("poolguard-unheard-idle")).toBe(3);
    await removed;
    expect(unheardLines(logger)).toEqual([`warn: ${POOL_UNHEARD}`]);
    expect(pool.listenerCount("error")).toBe(1); // the monitor's: nothing was added to the application's pool
  });

  it("says nothing of it when the application listens on the pool", async () => {
    const { pool, logger, clients } = await watched("poolguard-heard-idle", true);
    for (const client of clients) client.release();
    const removed = Promise.all(clients.map(() => next(pool, "remove")));
    expect(await terminate("poolguard-heard-idle")).toBe(3);
    await removed;
    expect(logger.lines.some((line) => line.message.includes("connection error(s)"))).toBe(true);
    expect(unheardLines(logger)).toEqual([]);
  });

  it("says once that a checked-out client's error reached only the monitor's listener on it", async () => {
    const { logger, clients } = await watched("poolguard-unheard-held", true);
    // The other two listen, as a careful holder does: only the one without a listener is said. Its end is awaited
    // by `end` (an `error` listener of the test's would be the application's).
    for (const client of clients.slice(1)) client.on("error", () => {});
    const ended = clients.map((client) => next(client, "end"));
    expect(await terminate("poolguard-unheard-held")).toBe(3);
    await Promise.all(ended);
    expect(unheardLines(logger)).toEqual([`warn: ${CLIENT_UNHEARD}`]);
  });

  // review-33r: pg-pool's `error` event is emitted on a copy of its listeners, and a `once` listener removes itself
  // before it runs: one the application added before watch() was gone when the monitor's (after it) looked.
  it("says nothing of the error a `once` listener of the application's heard, and says the next, which nothing heard", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, application_name: "poolguard-once-idle" });
    const heard: unknown[] = [];
    pool.once("error", (error) => heard.push(error));
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 60_000 }).watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    for (const round of [1, 2]) {
      (await pool.connect()).release();
      const removed = next(pool, "remove");
      expect(await terminate("poolguard-once-idle")).toBe(1);
      await removed;
      expect(heard).toHaveLength(1);
      expect(unheardLines(logger)).toEqual(round === 1 ? [] : [`warn: ${POOL_UNHEARD}`]);
    }
  });

  it("says nothing of it when every holder listens on its client", async () => {
    const { logger, clients } = await watched("poolguard-heard-held", true);
    for (const client of clients) client.on("error", () => {});
    const ended = clients.map((client) => next(client, "end"));
    expect(await terminate("poolguard-heard-held")).toBe(3);
    await Promise.all(ended);
    expect(logger.lines.some((line) => line.message.includes("connection error(s)"))).toBe(true);
    expect(unheardLines(logger)).toEqual([]);
  });
});
