// A burst past the pool's max with connectionTimeoutMillis: each caller that gives up is one timeout, and the
// periodic waiting line, which names the holders, also says how many gave up since the last line (found in the
// drill: 26 requests failed with "timeout exceeded when trying to connect" while every line said only "has 10
// waiting client(s); top holders: app.mjs:28 (5 held)"). And clients given back with an error, with `true`, or twice
// (pg throws the second time) keep the counts and the leak detector right.
import { once } from "node:events";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type LeakEvent, type MonitorLogger } from "../../src/runtime/index.js";

/** The line of `hold`'s connect() below, as the holders are named (waiting-holders.test.ts pins the exact line). */
const holdSite = String.raw`test/runtime/checkout-timeouts\.test\.ts:\d+`;

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hold(pool: pg.Pool): Promise<pg.PoolClient> {
  return pool.connect(); // site: hold
}

/** The pool's lines, each with how many checkouts the test had seen time out when it was logged. */
class CountingLogger implements MonitorLogger {
  readonly lines: Array<{ level: "info" | "warn"; message: string; timedOutSoFar: number }> = [];
  private waiter: ((count: number) => void) | undefined;
  constructor(private readonly timedOut: () => number) {}
  info(message: string): void {
    this.push("info", message);
  }
  warn(message: string): void {
    this.push("warn", message);
  }
  /** Resolves once `count` lines were logged. */
  linesLogged(count: number): Promise<void> {
    if (this.lines.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = (n) => {
        if (n >= count) resolve();
      };
    });
  }
  private push(level: "info" | "warn", message: string): void {
    this.lines.push({ level, message, timedOutSoFar: this.timedOut() });
    this.waiter?.(this.lines.length);
  }
}

describe("checkouts that time out", () => {
  it("are counted once each, and the waiting line says how many gave up since the last line", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    let timedOut = 0;
    const logger = new CountingLogger(() => timedOut);
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, captureStacks: "always", leakDetectionMs: 60_000 })
      .watch(pool, { name: "main" })
      .start();
    const held = await hold(pool);
    // Only the callers queued behind it give up quickly (pg-pool reads the option at each connect): opening the
    // connection on a loaded machine may take longer.
    pool.options.connectionTimeoutMillis = 150;
    let stop = false;
    // Two callers that retry as soon as they give up: someone is always queued when the line is logged.
    const caller = async () => {
      while (!stop) {
        await pool.connect().then(
          (client) => client.release(),
          (error: Error) => {
            expect(error.message).toBe("timeout exceeded when trying to connect");
            timedOut++;
          },
        );
      }
    };
    const callers = [caller(), caller()];
    cleanups.push(() => pool.end(), () => monitor.stop());
    await logger.linesLogged(2);
    stop = true;
    held.release();
    await Promise.all(callers);

    const [first, second] = logger.lines;
    const line = (gaveUp: number) =>
      new RegExp(
        `^Pool 'main' has 2 waiting client\\(s\\); top holders: ${holdSite} \\(1 held\\); ` +
          `${gaveUp} caller\\(s\\) timed out waiting since the last report \\(connectionTimeoutMillis\\)$`,
      );
    expect(first!.timedOutSoFar).toBeGreaterThan(0);
    expect(first!.message).toMatch(line(first!.timedOutSoFar));
    expect(second!.message).toMatch(line(second!.timedOutSoFar - first!.timedOutSoFar));
    expect(monitor.stats()[0]!.timeouts).toBe(timedOut);
  });

  it("the periodic line after them says so too when nobody waits any more, as a warning", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new CountingLogger(() => 0);
    const monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    const held = await hold(pool);
    pool.options.connectionTimeoutMillis = 50;
    for (let i = 0; i < 2; i++) await expect(pool.connect()).rejects.toThrow("timeout exceeded when trying to connect");
    held.release();
    monitor.start();
    await logger.linesLogged(2);
    expect(logger.lines.map(({ level, message }) => ({ level, message }))).toEqual([
      {
        level: "warn",
        message:
          "Pool 'main': 0% utilized (0/1 active, 1 idle, 0 waiting); 2 caller(s) timed out waiting since the last report " +
          "(connectionTimeoutMillis)",
      },
      { level: "info", message: "Pool 'main': 0% utilized (0/1 active, 1 idle, 0 waiting)" },
    ]);
  });

  it("its twin: a waiting line with nobody timed out says nothing of timeouts", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = new CountingLogger(() => 0);
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, captureStacks: "always", leakDetectionMs: 60_000 })
      .watch(pool, { name: "main" })
      .start();
    const held = await hold(pool);
    const waiting = pool.connect();
    cleanups.push(() => pool.end(), () => monitor.stop());
    await logger.linesLogged(1);
    held.release();
    (await waiting).release();
    expect(logger.lines[0]!.message).toMatch(new RegExp(`^Pool 'main' has 1 waiting client\\(s\\); top holders: ${holdSite} \\(1 held\\)$`));
  });
});

describe("clients given back with an error, with true, or twice", () => {
  it("are each one checkout ended: counts, hold times and the leak detector stay right", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 300, captureStacks: "always" })
      .watch(pool, { name: "main" });
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (event: LeakEvent) => leaks.push(event));
    cleanups.push(() => pool.end(), () => monitor.stop());

    const destroyed = await pool.connect();
    destroyed.release(new Error("the application saw this connection fail"));
    const discarded = await pool.connect();
    discarded.release(true);
    const twice = await pool.connect();
    twice.release();
    expect(() => twice.release()).toThrow("Release called on client which has already been released to the pool.");
    expect(monitor.stats()[0]).toMatchObject({ totalCount: 1, idleCount: 1, usedCount: 0, lostCount: 0 });
    expect(monitor.stats()[0]!.useTime.count).toBe(3);

    // Armed after the three: its report comes due last, so by then theirs would have been made.
    const kept = await hold(pool);
    const [reported] = (await once(monitor, "leak")) as [LeakEvent];
    kept.release();
    expect(reported.site).toMatch(new RegExp(`^${holdSite}:\\d+$`));
    expect(reported.fn).toBe("hold");
    expect(leaks.map((leak) => leak.phase)).toEqual(["held", "returned"]);
    expect(monitor.stats()[0]).toMatchObject({ usedCount: 0, timeouts: 0, connectErrors: 0, connectionErrors: {} });
    expect(monitor.stats()[0]!.useTime.count).toBe(4);
  });
});
