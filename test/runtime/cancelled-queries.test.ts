// Queries cancelled by `statement_timeout` (57014) under load, the way an application runs them: through the
// helpers, connect/finally release, and pool.query() (which releases with the error, so pg-pool closes that
// connection). Round five's drill found the monitor truthful here; this pins it: a cancelled query is not a connection
// error, leaves no client counted as held or lost, and is not reported as a leak.
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, withTransaction, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const CALLERS = 12;
const ROUNDS = 3;

describe("statement_timeout under load", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("counts no connection error, leaves nothing held or lost, reports no leak", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4, statement_timeout: 50 });
    const logger = new RecordingLogger();
    // Every checkout carries its stack, so that `held` per site is exact; the threshold is far above a cancelled query.
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 5000, captureStacks: "always", siteSampleRate: 1 })
      .watch(pool, { name: "main" })
      .start();
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (event: LeakEvent) => leaks.push(event));
    cleanups.push(() => pool.end(), () => monitor.stop());

    const sql = (slow: boolean) => `SELECT pg_sleep(${slow ? 1 : 0})`;
    const ways = [
      (slow: boolean) => withClient(pool, (client) => client.query(sql(slow))),
      (slow: boolean) => withTransaction(pool, (client) => client.query(sql(slow))),
      async (slow: boolean) => {
        const client = await pool.connect();
        try {
          return await client.query(sql(slow));
        } finally {
          client.release();
        }
      },
      (slow: boolean) => pool.query(sql(slow)),
    ];
    const outcomes = await Promise.all(
      Array.from({ length: CALLERS * ROUNDS }, (_, i) =>
        ways[i % ways.length]!(i % 2 === 0).then(
          () => "answered",
          (error: { code?: string }) => error.code,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "57014")).toHaveLength((CALLERS * ROUNDS) / 2);
    expect(outcomes.filter((outcome) => outcome === "answered")).toHaveLength((CALLERS * ROUNDS) / 2);

    const stats = monitor.stats()[0]!;
    expect(stats).toMatchObject({ connectionErrors: {}, usedCount: 0, lostCount: 0, waitingCount: 0 });
    expect(stats.useTime.count).toBe(CALLERS * ROUNDS);
    const sites = monitor.sites("main");
    expect(sites.reduce((sum, site) => sum + site.checkouts, 0)).toBe(CALLERS * ROUNDS);
    expect(sites.reduce((sum, site) => sum + site.held, 0)).toBe(0);
    expect(leaks).toEqual([]);
    expect(logger.lines.filter((line) => line.message.includes("connection error"))).toEqual([]);
  });
});
