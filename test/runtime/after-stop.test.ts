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
});
