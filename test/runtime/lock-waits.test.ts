// A client reported as a possible leak while a query is in flight on it may be blocked on a lock another session
// holds — in the drill of session 19 (docs/drills.md, drill a), a handler's UPDATE waited on a row that another
// handler of the same pool had locked in a transaction; the report said only "a slow query, or a database that does
// not answer". The monitor now asks the database (pg_stat_activity, pg_blocking_pids) and names the holder: a client
// of the pool by the line that took it, or a backend outside it. The waits here are real row locks on a real
// PostgreSQL; the tests await the events, and leakDetectionMs leaves the blocked UPDATE time to reach the server.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { PoolMonitor, type LeakEvent, type LockWaitEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";
import { rowLockFixture } from "./row-lock-fixture.js";

const TABLE = "poolguard_lock_waits";
const THRESHOLD_MS = 400;

describe("a reported client that waits for a lock", () => {
  const fixture = rowLockFixture(TABLE, THRESHOLD_MS);
  const setup = () => fixture.watched();

  /** The waiter's leak report, then its lock-wait event and line. */
  async function waitReported(monitor: PoolMonitor, logger: RecordingLogger, waiterPid: () => number) {
    const lockWait = once(monitor, "lock-wait") as Promise<[LockWaitEvent]>;
    const line = logger.next((l) => l.message.includes("is waiting for a lock"));
    const [event] = await lockWait;
    expect(event.pid).toBe(waiterPid());
    return { event, message: (await line).message };
  }

  it("names the pool's client that holds the row, idle in its transaction, by the line that took it", async () => {
    const { pool, logger, monitor } = setup();
    const holder = await pool.connect(); // site: holder
    await holder.query("BEGIN");
    await holder.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
    const waiter = await pool.connect(); // site: waiter
    const blocked = waiter.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = 1`);
    const waiterLeak = new Promise<LeakEvent>((resolve) =>
      monitor.on("leak", (e: LeakEvent) => e.inQuery && resolve(e)),
    );
    const { event, message } = await waitReported(monitor, logger, () => (waiter as unknown as { processID: number }).processID);
    const leak = await waiterLeak;
    const holderPid = (holder as unknown as { processID: number }).processID;
    expect(event).toMatchObject({ poolName: "main", site: leak.site, waitEvent: expect.stringMatching(/^Lock: /) });
    expect(event.blockers).toHaveLength(1);
    expect(event.blockers[0]).toMatchObject({ pid: holderPid, state: "idle in transaction", site: expect.stringMatching(/lock-waits\.test\.ts:\d+:\d+$/) });
    expect(event.blockers[0]!.heldMs).toBeGreaterThanOrEqual(THRESHOLD_MS);
    expect(message).toBe(
      `Pool 'main': the client acquired at ${leak.site} (${leak.fn}) and reported as a possible leak is waiting for a ` +
        `lock (${event.waitEvent}, backend ${event.pid}) held by backend ${holderPid} (idle in transaction), a client ` +
        `of this pool acquired at ${event.blockers[0]!.site} (${event.blockers[0]!.fn}) and checked out for ` +
        `${Math.round(event.blockers[0]!.heldMs!)} ms. Its query goes on when that transaction ends, unless its \`lock_timeout\` or ` +
        "`statement_timeout` cancels it first (55P03, 57014); a holder idle in " +
        "transaction runs nothing meanwhile: its code awaits something else before it commits",
    );
    await holder.query("COMMIT");
    holder.release();
    await blocked;
    waiter.release();
  });

  it("says a holder outside the pool is not one of its clients", async () => {
    const { pool, logger, monitor } = setup();
    await fixture.admin.query("BEGIN");
    await fixture.admin.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
    const waiter = await pool.connect();
    const blocked = waiter.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = 1`);
    const { event, message } = await waitReported(monitor, logger, () => (waiter as unknown as { processID: number }).processID);
    const adminPid = (fixture.admin as unknown as { processID: number }).processID;
    expect(event.blockers).toEqual([{ pid: adminPid, state: "idle in transaction" }]);
    expect(message).toContain(
      `held by backend ${adminPid} (idle in transaction), not a client of this pool checked out now (another pool or process)`,
    );
    await fixture.admin.query("COMMIT");
    await blocked;
    waiter.release();
  });

  it("says a query that waits for no lock is a slow query the database is running, not a lock wait (drill l)", async () => {
    const { pool, logger, monitor } = setup();
    const lockWaits: LockWaitEvent[] = [];
    monitor.on("lock-wait", (e: LockWaitEvent) => lockWaits.push(e));
    const running = logger.next((l) => l.message.includes("is running a query"));
    const sleeper = await pool.connect();
    const sleeperPid = (sleeper as unknown as { processID: number }).processID;
    // Sleeps until the test cancels it: a query the server runs, waiting for no lock.
    const slow = sleeper.query("SELECT pg_sleep(30)").catch(() => undefined);
    const { message: slowLine } = await running;
    const timing = /active for (\d+) ms of the (\d+) ms it has been held/.exec(slowLine);
    expect(Number(timing?.[2])).toBeGreaterThanOrEqual(THRESHOLD_MS);
    expect(Number(timing?.[1])).toBeLessThanOrEqual(Number(timing?.[2]));
    expect(slowLine).toMatch(
      new RegExp(
        `^Pool 'main': the client acquired at \\S+ \\(.+\\) and reported as a possible leak is running a query the database is ` +
          `executing \\(backend ${sleeperPid}, active for \\d+ ms of the \\d+ ms it has been held; wait event Timeout: PgSleep\\): ` +
          "a slow query, not a leak nor a database that does not answer\\. It comes back when the query ends; `statement_timeout` bounds it$",
      ),
    );
    await fixture.admin.query("BEGIN");
    await fixture.admin.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
    const waiter = await pool.connect();
    const blocked = waiter.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = 1`);
    // The sleeper came due first: its lookup (one in flight per pool) answered before the waiter's line.
    const { event } = await waitReported(monitor, logger, () => (waiter as unknown as { processID: number }).processID);
    expect(lockWaits).toEqual([event]);
    expect(logger.lines.filter((l) => l.message.includes("waiting for a lock"))).toHaveLength(1);
    // The waiter, waiting for a lock, is not called a running query.
    expect(logger.lines.filter((l) => l.message.includes("is running a query"))).toEqual([{ level: "warn", message: slowLine }]);
    await fixture.admin.query("SELECT pg_cancel_backend($1)", [(sleeper as unknown as { processID: number }).processID]);
    await fixture.admin.query("COMMIT");
    await Promise.all([slow, blocked]);
    sleeper.release();
    waiter.release();
  });

  it("says a client whose holder sends query after query is busy, not idle-held", async () => {
    // Its own threshold, 1500 ms: the first query (1200 ms) ends before the report, the second is in flight at it and
    // younger than half the hold however late the report comes, up to 900 ms late on a loaded machine.
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 1500, captureStacks: "always" }).watch(pool, { name: "main" }).start();
    const client = await pool.connect();
    try {
      const running = logger.next((l) => l.message.includes("is running a query"), 10_000);
      await client.query("SELECT pg_sleep(1.2)");
      const second = client.query("SELECT pg_sleep(10)").catch(() => undefined);
      const { message } = await running;
      const pid = (client as unknown as { processID: number }).processID;
      expect(message).toContain(`(backend ${pid}, active for `);
      expect(message).toMatch(/: busy, its holder sending query after query on it \(a long batch or a loop\), not leaving it idle$/);
      await fixture.admin.query("SELECT pg_cancel_backend($1)", [pid]);
      await second;
    } finally {
      client.release();
      monitor.stop();
      await pool.end();
    }
  });

  it("never keeps the process alive: a lookup hanging on a server that does not answer lets the script exit", async () => {
    // The child points the pool's settings at a socket that accepts and never answers once the leak is reported, so
    // the lookup's own connection hangs (its bound, readinessTimeoutMs, is a minute). Once that connection arrives,
    // the script gives its client back and ends the pool: nothing of its own is left. Had the lookup's socket or
    // timer kept the event loop alive, the child would not exit and this test would time out.
    const code = [
      'import net from "node:net";',
      'import pg from "pg";',
      'import { PoolMonitor } from "./src/runtime/index.ts";',
      "const silent = net.createServer(() => {}).listen(0, '127.0.0.1');",
      "silent.unref();",
      "await new Promise((resolve) => silent.once('listening', resolve));",
      `const pool = new pg.Pool({ connectionString: ${JSON.stringify(inject("databaseUrl"))}, max: 1 });`,
      "const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 100, readinessTimeoutMs: 60000 });",
      "monitor.watch(pool, { name: 'main' }).start();",
      "const client = await pool.connect();",
      "const slow = client.query('SELECT pg_sleep(60)').catch(() => undefined);",
      "monitor.once('leak', () => {",
      "  Object.assign(pool.options, { connectionString: undefined, host: '127.0.0.1', port: silent.address().port });",
      "});",
      "silent.once('connection', async (socket) => {",
      "  socket.unref();",
      "  console.log('lookup connecting');",
      "  client.release(true);",
      "  await slow;",
      "  await pool.end();",
      "  console.log('ended');",
      "});",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [exitCode] = (await once(child, "exit")) as [number | null];
    expect(output).toBe("lookup connecting\nended\n");
    expect(exitCode).toBe(0);
  });
});
