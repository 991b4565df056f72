// What the application hands the monitor cannot hurt the process: a logger or listener returning a promise rejected
// in another realm (a node:vm context, where `instanceof Promise` is false), or a thenable that throws. And what the
// README says about checkouts made while the monitor is stopped.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { ignoreRejection } from "../../src/runtime/ignore-rejection.js";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/index.js";

const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);
beforeAll(() => {
  process.on("unhandledRejection", onEscape);
});
afterAll(() => {
  process.off("unhandledRejection", onEscape);
});

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Node reports an unhandled rejection after the microtask queue drains; a macrotask later it has been reported. */
const afterRejectionsAreReported = () => new Promise((resolve) => setTimeout(resolve, 20));

const otherRealm = vm.createContext({});
const rejectedElsewhere = (message: string): Promise<never> =>
  vm.runInContext(`Promise.reject(new Error(${JSON.stringify(message)}))`, otherRealm) as Promise<never>;

describe("thenables from another realm", () => {
  it("are not `instanceof Promise` here (why the guard checks for `then`)", () => {
    const foreign = rejectedElsewhere("probe");
    ignoreRejection(foreign);
    expect(foreign instanceof Promise).toBe(false);
    expect(typeof foreign.then).toBe("function");
  });

  it("a logger and listeners returning rejected vm promises crash nothing; the other listeners still run", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const logger = { info: () => rejectedElsewhere("info failed"), warn: () => rejectedElsewhere("warn failed") };
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, leakDetectionMs: 20 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const seen: string[] = [];
    monitor.on("leak", () => rejectedElsewhere("leak listener failed"));
    monitor.on("leak", (leak: LeakEvent) => seen.push(`leak ${leak.phase}`));
    monitor.on("stats", () => rejectedElsewhere("stats listener failed"));
    const client = await pool.connect();
    await once(monitor, "leak"); // the warn logger and the first listener returned rejected promises
    await once(monitor, "stats"); // the info logger and the stats listener too
    client.release();
    await afterRejectionsAreReported();
    expect(escaped).toEqual([]);
    expect(seen).toEqual(["leak held", "leak returned"]);
  });

  it("a thenable whose `then` getter or method throws is contained", async () => {
    const getter = Object.defineProperty({}, "then", {
      get() {
        throw new Error("getter");
      },
    });
    const method = { then: () => { throw new Error("method"); } };
    expect(() => ignoreRejection(getter)).not.toThrow();
    expect(() => ignoreRejection(method)).not.toThrow();
    for (const value of [undefined, null, 0, "text", Symbol("s")]) expect(() => ignoreRejection(value)).not.toThrow();
    await afterRejectionsAreReported();
    expect(escaped).toEqual([]);
  });
});

describe("a checkout made while the monitor is stopped", () => {
  it("is not leak-reported after start() (as the README says); one made after start() is", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, leakDetectionMs: 30, siteSampleRate: 0 });
    monitor.watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (leak: LeakEvent) => leaks.push(leak));
    monitor.stop();
    const whileStopped = await pool.connect();
    monitor.start();
    const afterStart = await pool.connect();
    await once(monitor, "leak");
    // Reports go oldest first, all that are due at once: had the earlier checkout been watched, it would lead.
    const line = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").findIndex((text) => text.includes("const afterStart =")) + 1;
    expect(leaks.map((leak) => leak.site)).toEqual([expect.stringMatching(new RegExp(`monitor-guards\\.test\\.ts:${line}:`))]);
    whileStopped.release();
    afterStart.release();
    expect(leaks.map((leak) => leak.phase)).toEqual(["held", "returned"]);
  });
});

describe("a watched pool whose own properties throw", () => {
  it("an `options` getter that throws when read during a connection's construction does not reach connect()", async () => {
    const url = inject("databaseUrl");
    // The pool's `Client` option: a class of its own, whose construction arms the getter below for the next read
    // (pg-pool reads `options` before it constructs, the watched pool's Client proxy after).
    let throwNext = false;
    class Client extends pg.Client {
      constructor(config?: pg.ClientConfig) {
        super(config);
        throwNext = true;
      }
    }
    const pool = new pg.Pool({ connectionString: url, max: 1, Client } as pg.PoolConfig);
    const options = (pool as unknown as { options: unknown }).options;
    Object.defineProperty(pool, "options", {
      configurable: true,
      get() {
        if (!throwNext) return options;
        throwNext = false;
        throw new Error("options read once too often");
      },
    });
    const monitor = new PoolMonitor({ intervalMs: 600_000 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const client = await pool.connect();
    try {
      expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
    expect(monitor.stats()[0]!.connectionErrors).toEqual({});
  });
});
