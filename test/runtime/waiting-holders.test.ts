// The waiting warning names the lines that hold the pool; when some held clients carry no stack (captureStacks
// "adaptive" captures only once the pool is under pressure), it says how many it cannot name rather than letting the
// named ones pass for all of them. Found in the outage drill: 30 clients leaked at one line, the warning said
// "top holders: app.mjs:39 (18 held)" — the 12 taken before the pool was under pressure silently left out.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const holdLine = source.findIndex((line) => line.includes("// site: hold") && !line.includes("findIndex")) + 1;

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hold(pool: pg.Pool): Promise<pg.PoolClient> {
  return pool.connect(); // site: hold
}

describe("the waiting warning's top holders", () => {
  it("counts the held clients whose site was not captured", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
    // Pressure starts at half of warnUtilizationPercent: 2 of 4 used. The first two checkouts carry no stack.
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000, siteSampleRate: 0, warnUtilizationPercent: 100 })
      .watch(pool, { name: "main" });
    const clients: pg.PoolClient[] = [];
    cleanups.push(() => pool.end(), () => monitor.stop(), () => clients.forEach((client) => client.release()));
    for (let i = 0; i < 4; i++) clients.push(await hold(pool));

    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const fifth = pool.connect();
    const [alert] = await alerted;
    clients.pop()!.release();
    clients.push(await fifth);
    expect(alert.message).toBe(
      `Pool 'main' has 1 waiting client(s); top holders: test/runtime/waiting-holders.test.ts:${holdLine} (2 held); ` +
        "2 more held at sites not captured",
    );
  });

  // Session 20's drill g: `const c1 = await pool.connect(); const c2 = await pool.connect();` on one line read
  // "top holders: c.mjs:15 (1 held), c.mjs:15 (1 held)", as if one place were listed twice.
  it("names two sites on one line by their columns", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000, captureStacks: "always" })
      .watch(pool, { name: "main" });
    const clients: pg.PoolClient[] = [];
    cleanups.push(() => pool.end(), () => monitor.stop(), () => clients.forEach((client) => client.release()));
    clients.push(await pool.connect(), await pool.connect()); // site: two on one line

    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const third = pool.connect();
    const [alert] = await alerted;
    clients.pop()!.release();
    clients.push(await third);
    const both = source.findIndex((line) => line.includes("// site: two on one line") && !line.includes("findIndex")) + 1;
    expect(alert.message).toMatch(
      new RegExp(
        String.raw`^Pool 'main' has 1 waiting client\(s\); top holders: test/runtime/waiting-holders\.test\.ts:${both}:(\d+) \(1 held\), ` +
          String.raw`test/runtime/waiting-holders\.test\.ts:${both}:(?!)\d+ \(1 held\)$`,
      ),
    );
  });

  it("says nothing more when every held client's site is known", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000, captureStacks: "always" })
      .watch(pool, { name: "main" });
    const clients: pg.PoolClient[] = [];
    cleanups.push(() => pool.end(), () => monitor.stop(), () => clients.forEach((client) => client.release()));
    for (let i = 0; i < 2; i++) clients.push(await hold(pool));

    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const third = pool.connect();
    const [alert] = await alerted;
    clients.pop()!.release();
    clients.push(await third);
    expect(alert.message).toBe(`Pool 'main' has 1 waiting client(s); top holders: test/runtime/waiting-holders.test.ts:${holdLine} (2 held)`);
  });
});
