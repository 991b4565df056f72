// A watched pool ended (pool.end()) while callers wait and leaked clients are held, next to a pool that goes on
// serving (session 20's drill g, docs/drills.md). Before: once end() had finished, the periodic line still said "the
// pool is ending" every interval for the life of the process, the monitor kept the ended pool's sites, and a pool
// re-created under the same name (a reconnect, a configuration reload) was refused with a throw into the host.
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { RecordingLogger } from "./monitor-logs.js";

const ENDING = "the pool is ending (pool.end() was called)";
const ENDED = "the pool has ended (pool.end() finished: its connections are closed and it refuses every checkout)";

describe("a watched pool that ends while another goes on", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function setup() {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const other = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 60_000, intervalMs: 1000, captureStacks: "always" })
      .watch(pool, { name: "main" })
      .watch(other, { name: "other" })
      .start();
    cleanups.push(() => other.end(), () => monitor.stop());
    return { pool, other, logger, monitor };
  }

  const lineOf = (name: string) => (line: { message: string }) => line.message.startsWith(`Pool '${name}': `);

  it("is said to have ended in one last line, its sites are dropped, and the other pool is untouched", async () => {
    const { pool, other, logger, monitor } = setup();
    const held = [await pool.connect(), await pool.connect()];
    // Two callers queued behind the held clients: an ending pg-pool never serves nor rejects them.
    const queued = [pool.connect(), pool.connect()];
    for (const waiting of queued) waiting.catch(() => {});
    expect(monitor.sites("main").reduce((sum, site) => sum + site.held, 0)).toBe(2);

    const ended = pool.end();
    const ending = await monitor.readiness();
    // Callers queued at its end: the application still needs the pool, and cannot get a client from it.
    const asked = "the application still asks it for clients (2 caller(s) still queued)";
    expect(ending.pools.map((p) => [p.poolName, p.reason])).toEqual([["main", `${ENDING}; ${asked}`], ["other", undefined]]);

    for (const client of held) client.release();
    await ended;
    const last = await logger.next(lineOf("main"));
    expect(last).toEqual({
      level: "warn",
      message:
        `Pool 'main': 0% utilized (0/2 active, 0 idle, 2 waiting); cannot serve: ${ENDED}; 2 caller(s) queued before ` +
        "it will never get a client (an ending pg-pool neither serves nor rejects them; `connectionTimeoutMillis` " +
        "fails them); its last line: the monitor drops what it kept for it; /readyz keeps it unavailable while the " +
        "application asks it for clients, until `monitor.unwatch('main')` or a pool watched under its name replaces it",
    });
    expect(monitor.sites("main")).toEqual([]);

    // The next tick logs the other pool's line and nothing more of the ended one.
    const from = logger.lines.length;
    await logger.next(lineOf("other"));
    await logger.next(lineOf("other"));
    expect(logger.lines.slice(from).filter(lineOf("main"))).toEqual([]);

    const after = await monitor.readiness();
    expect(after.status).toBe("unavailable");
    expect(after.pools.map((p) => [p.poolName, p.reason])).toEqual([["main", `${ENDED}; ${asked}`], ["other", undefined]]);
    expect((await other.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("gives its name to a pool watched after it ended, instead of throwing into the host", async () => {
    const { pool, monitor } = setup();
    await pool.end();
    const again = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    cleanups.push(() => again.end());
    expect(() => monitor.watch(again, { name: "main" })).not.toThrow();
    const answer = await monitor.readiness();
    expect(answer.status).toBe("ok");
    expect(answer.pools.map((p) => p.poolName)).toEqual(["other", "main"]);
  });

  // Drill w (runtime-t): /readyz asked while the application ends the pool. The probe borrows an idle client through
  // pg-pool's queue, which hands it out on the next tick; end() in between strands it there for good. Before, that
  // stranded checkout passed for the application's: the ended pool stayed unavailable for ever ("the application
  // still asks it for clients (1 caller(s) still queued)"), its last line said a caller would never get a client,
  // and the probe's bound counted a connection error ("no answer to the readiness query") against a database nobody
  // had asked anything.
  it("does not take the readiness probe's own stranded checkout for a caller of the application", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, readinessTimeoutMs: 300 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => monitor.stop());
    await pool.query("SELECT 1"); // one idle client: the probe borrows it
    const probing = monitor.readiness();
    const ended = pool.end();
    await ended;
    const answer = await probing;
    // Nothing of the application asks for the ended pool: it is not counted against readiness.
    expect(answer.pools.map((p) => [p.poolName, p.reason])).toEqual([["main", undefined]]);
    expect(answer.status).toBe("ok");
    const last = await logger.next(lineOf("main"));
    expect(last.message).toContain(`cannot serve: ${ENDED}; its last line`);
    expect(last.message).toContain("(0/1 active, 0 idle, 0 waiting)");
    expect((await monitor.readiness()).status).toBe("ok");
    expect(logger.lines.filter((line) => line.message.includes("connection error"))).toEqual([]);
  });

  // The same, awaited with a long bound: the stranded borrow is answered as an ending pool's once pg-pool's hand-out
  // tick has passed. Before, the answer came only at readinessTimeoutMs, on a timer that does not keep the process
  // alive: a script awaiting only it ended with the promise unsettled (exit code 13); here the test times out.
  it("answers a readiness check stranded by end() at once, not at its bound", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 1000, readinessTimeoutMs: 600_000 });
    monitor.watch(pool, { name: "main" }).start();
    cleanups.push(() => monitor.stop());
    await pool.query("SELECT 1"); // one idle client: the probe borrows it
    const probing = monitor.readiness();
    await pool.end();
    const answer = await probing;
    expect(answer.pools.map((p) => [p.poolName, p.reason])).toEqual([["main", undefined]]);
    expect(answer.status).toBe("ok");
  });

  it("still refuses a second pool under the name of one that is ending but has not ended", async () => {
    const { pool, monitor } = setup();
    const held = await pool.connect();
    const ended = pool.end();
    const again = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    cleanups.push(() => again.end(), () => ended, () => held.release());
    // Ending is not ended: its callers still hold clients they will give back.
    expect(() => monitor.watch(again, { name: "main" })).toThrow("a pool named 'main' is already watched");
  });
});
