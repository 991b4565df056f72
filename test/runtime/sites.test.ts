import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type SiteStats } from "../../src/runtime/index.js";
import { about, RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const thisFile = "test/runtime/sites.test.ts";

/** The line (1-based) carrying `marker`, and the column of `connect` on it (V8 places a method call there). */
function lineOf(marker: string): { line: number; column: number } {
  const index = source.findIndex((text) => text.includes(marker) && !text.includes("lineOf("));
  return { line: index + 1, column: source[index]!.indexOf("connect(") + 1 };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(max: number, options: ConstructorParameters<typeof PoolMonitor>[0] = {}) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, siteSampleRate: 1, ...options }).watch(pool, { name: "main" });
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor, logger };
}

function loadReport(pool: pg.Pool): Promise<pg.PoolClient> {
  return pool.connect(); // site: loadReport
}

function syncWorker(pool: pg.Pool): Promise<pg.PoolClient> {
  return pool.connect(); // site: syncWorker
}

describe("acquire sites", () => {
  it("lists the site holding 3 clients above the one holding 1, with this file's lines; hold times after release", async () => {
    const { pool, monitor } = setup(4);
    const report = lineOf("site: loadReport");
    const worker = lineOf("site: syncWorker");
    const beforeAcquire = performance.now();
    const reports = await Promise.all([loadReport(pool), loadReport(pool), loadReport(pool)]);
    const workers = [await syncWorker(pool)];
    const acquired = performance.now();

    const beforeRead = performance.now();
    const held = monitor.sites("main");
    const afterRead = performance.now();
    // The oldest client still out from each site: acquired between beforeAcquire and acquired, read meanwhile.
    for (const site of held) {
      expect(site.heldMsMax).toBeGreaterThanOrEqual(beforeRead - acquired);
      expect(site.heldMsMax).toBeLessThanOrEqual(afterRead - beforeAcquire);
    }
    expect(held).toEqual([
      expect.objectContaining({ site: `${thisFile}:${report.line}:${report.column}`, fn: "loadReport", checkouts: 3, held: 3, leaks: 0 }),
      expect.objectContaining({ site: `${thisFile}:${worker.line}:${worker.column}`, fn: "syncWorker", checkouts: 1, held: 1, leaks: 0 }),
    ]);

    // Hold the clients across a few real round trips, then give them back.
    for (const client of [...reports, ...workers]) await client.query("SELECT pg_sleep(0.01)");
    const beforeRelease = performance.now();
    for (const client of [...reports, ...workers]) client.release();
    const released = performance.now();

    const after = monitor.sites("main");
    expect(after.map((s) => [s.fn, s.held, s.checkouts])).toEqual([
      ["loadReport", 0, 3],
      ["syncWorker", 0, 1],
    ]);
    for (const site of after) {
      // Each hold started between beforeAcquire and acquired and ended between beforeRelease and released.
      expect(site.holdMsMax).toBeGreaterThanOrEqual(beforeRelease - acquired);
      expect(site.holdMsMax).toBeLessThanOrEqual(released - beforeAcquire);
      expect(site.holdMsMean).toBeGreaterThanOrEqual(beforeRelease - acquired);
      expect(site.holdMsMean).toBeLessThanOrEqual(site.holdMsMax);
      expect(site.holdMsP95).toBeGreaterThan(0);
      expect(site.holdMsP95).toBeLessThanOrEqual(site.holdMsMax);
      expect(site.heldMsMax).toBe(0);
    }
  });

  it("names the top holders in the waiting warning, and adds the top sites to verbose readiness only", async () => {
    const { pool, monitor, logger } = setup(4, { intervalMs: 1000 });
    monitor.start();
    const report = lineOf("site: loadReport");
    const worker = lineOf("site: syncWorker");
    const clients = [await loadReport(pool), await loadReport(pool), await loadReport(pool), await syncWorker(pool)];
    const waiter = pool.connect();
    expect(await logger.next(about("main"))).toEqual({
      level: "warn",
      message:
        `Pool 'main' has 1 waiting client(s); top holders: ${thisFile}:${report.line} (3 held), ` +
        `${thisFile}:${worker.line} (1 held)`,
    });

    const verbose = await monitor.readiness({ verbose: true });
    // heldMsMax grows while the clients stay out: the same sites, read a moment apart.
    const timeless = (sites: SiteStats[] | undefined) => sites?.map(({ heldMsMax: _age, ...rest }) => rest);
    expect(timeless(verbose.pools[0]!.sites)).toEqual(timeless(monitor.sites("main").slice(0, 10)));
    expect(verbose.pools[0]!.sites![0]).toMatchObject({ fn: "loadReport", held: 3 });
    expect(monitor.snapshot().pools[0]).not.toHaveProperty("sites");
    expect((await monitor.readiness()).pools[0]).not.toHaveProperty("sites");
    for (const client of clients) client.release();
    (await waiter).release();
  });

  it("with leak detection capturing every checkout, knows every held client's site without sampling: exact `held` in sites() and the waiting line", async () => {
    const { pool, monitor, logger } = setup(4, { siteSampleRate: 0, leakDetectionMs: 60_000, intervalMs: 1000, captureStacks: "always" });
    monitor.start();
    const report = lineOf("site: loadReport");
    const worker = lineOf("site: syncWorker");
    const clients = [await loadReport(pool), await syncWorker(pool), await loadReport(pool), await loadReport(pool)];
    const waiter = pool.connect();
    expect(await logger.next(about("main"))).toEqual({
      level: "warn",
      message:
        `Pool 'main' has 1 waiting client(s); top holders: ${thisFile}:${report.line} (3 held), ` +
        `${thisFile}:${worker.line} (1 held)`,
    });
    expect(monitor.sites("main").map((s) => [s.fn, s.held, s.checkouts])).toEqual([
      ["loadReport", 3, 3],
      ["syncWorker", 1, 1],
    ]);
    for (const client of clients) client.release();
    (await waiter).release();
    expect(monitor.sites("main").map((s) => s.held)).toEqual([0, 0]);
  });

  it("attributes pool.query() and callback-style connect() to the application's line, not pg-pool's", async () => {
    const { pool, monitor } = setup(2);
    await pool.query("SELECT 1"); // site: query
    await new Promise<void>((resolve, reject) => {
      pool.connect((err, client, done) => { // site: callback
        if (err || !client) return reject(err);
        done();
        resolve();
      });
    });
    const query = lineOf("site: query");
    const callback = lineOf("site: callback");
    const sites = monitor.sites("main").map((s) => s.site);
    expect(sites).toContain(`${thisFile}:${query.line}:${source[query.line - 1]!.indexOf("query(") + 1}`);
    expect(sites).toContain(`${thisFile}:${callback.line}:${callback.column}`);
    expect(sites).toHaveLength(2);
  });

  it("attributes exactly the sampled share of checkouts when siteSampleRate < 1", async () => {
    const { pool, monitor } = setup(1, { siteSampleRate: 0.25 });
    for (let i = 0; i < 8; i++) (await loadReport(pool)).release();
    const total = monitor.sites("main").reduce((sum, site) => sum + site.checkouts, 0);
    expect(total).toBe(2);
    expect(monitor.stats()[0]!.useTime.count).toBe(8);
  });

  it("keeps at most maxSitesPerPool sites however many distinct call sites check out, least recently seen evicted", async () => {
    const { pool, monitor } = setup(1);
    // 10,000 distinct functions, each its own "file" through a sourceURL, like 10,000 call sites in an application.
    const sites = Array.from(
      { length: 10_000 },
      (_, i) =>
        new Function("pool", `return pool.connect();\n//# sourceURL=generated/site-${i}.js`) as (
          pool: pg.Pool,
        ) => Promise<pg.PoolClient>,
    );
    // Sampled checkouts are attributed later, in batches (a read of the sites attributes what is queued).
    for (const [i, acquire] of sites.entries()) {
      (await acquire(pool)).release();
      if (i % 100 === 99) monitor.sites("main");
    }
    const listed: SiteStats[] = monitor.sites("main");
    expect(listed).toHaveLength(200);
    const kept = new Set(listed.map((s) => s.site.replace(/:\d+:\d+$/, "")));
    expect(kept).toEqual(new Set(Array.from({ length: 200 }, (_, i) => `generated/site-${9800 + i}.js`)));
    expect(listed.every((s) => s.checkouts === 1 && s.held === 0)).toBe(true);
    // A site seen again moves to the front of the queue: it survives the next 199 newcomers.
    (await sites[9800]!(pool)).release();
    for (const acquire of sites.slice(0, 199)) (await acquire(pool)).release();
    const names = new Set(monitor.sites("main").map((s) => s.site.replace(/:\d+:\d+$/, "")));
    expect(names.has("generated/site-9800.js")).toBe(true);
    expect(names.has("generated/site-9801.js")).toBe(false);
    expect(names.size).toBe(200);
  });
});
