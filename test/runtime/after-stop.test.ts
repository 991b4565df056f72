// After monitor.stop() nothing starts (the runtime must leave no timer behind at shutdown), yet nothing is lost: a
// client reported as leaked without a stack that comes back after stop() is logged at once, where a running monitor
// holds the line back 50 ms to sum up a burst of returns (stackless-batch.ts) on an unref'd timer.
import { once } from "node:events";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

describe("a leak's return after monitor.stop()", () => {
  const pools: pg.Pool[] = [];
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.end();
  });

  it("is logged inside release(), with no timer started", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    pools.push(pool);
    const logger = new RecordingLogger();
    // siteSampleRate 0 in a healthy pool: "adaptive" captures no stack, so the leak is reported without one.
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 30, siteSampleRate: 0 }).watch(pool, { name: "main" }).start();
    const client = await pool.connect();
    const [held] = (await once(monitor, "leak")) as [LeakEvent];
    expect(held).toMatchObject({ phase: "held", stackCaptured: false });
    monitor.stop();

    const returned = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    client.release();
    const line = logger.lines.at(-1)?.message ?? "";
    expect(line).toMatch(
      /^Pool 'main': the client acquired at an unknown site and reported as a possible leak was returned after \d+ ms$/,
    );
    expect(await returned).toMatchObject({ phase: "returned", stackCaptured: false });
  });

  // Round five's drill (d): the monitor stopped and started again (a reload of its settings, a test of the shutdown
  // path). stop() dropped the checkouts it was timing, so a client taken before it and still held after start() was
  // never reported, however long it stayed out.
  it("does not forget a client held across stop() and start(): it is reported once it outlives the threshold", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    pools.push(pool);
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 300, captureStacks: "always" })
      .watch(pool, { name: "main" })
      .start();
    const client = await pool.connect();
    try {
      monitor.stop();
      monitor.start();
      const reported = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
      // Bounded only so that a failure reads as one: the report is due 300 ms after the checkout.
      const never = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000).unref());
      const site = expect.stringMatching(/^test\/runtime\/after-stop\.test\.ts:/);
      expect(await Promise.race([reported, never])).toMatchObject({ phase: "held", site });
    } finally {
      monitor.stop();
      client.release();
    }
  });
});
