import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger, stallSaid } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const thisFile = "test/runtime/leak.test.ts";

/** `file:line:column` of the `connect`/`withClient` call on the line carrying `marker` (a comment). */
function siteOf(marker: string, callee: string): string {
  const index = source.findIndex((line) => line.includes(marker) && !line.includes("siteOf("));
  return `${thisFile}:${index + 1}:${source[index]!.indexOf(callee) + 1}`;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** pool.end() waits for checked-out clients: after a failed assertion one may still be out. */
async function endPool(pool: pg.Pool): Promise<void> {
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
}

// "always": these tests are about what a report says; which checkouts carry a stack is capture-policy.test.ts's.
function setup(leakDetectionMs: number, siteSampleRate = 0) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, leakDetectionMs, siteSampleRate, captureStacks: "always" }).watch(pool, {
    name: "main",
  });
  cleanups.push(() => endPool(pool), () => monitor.stop());
  return { pool, logger, monitor };
}

async function leakyReport(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect(); // leak-site: leakyReport
  await client.query("SELECT 1");
  return client;
}

/** One leak from leakyReport's line: reported when due, then its client given back and that reported too. */
async function leakAndReturn(pool: pg.Pool, monitor: PoolMonitor): Promise<void> {
  const reported = once(monitor, "leak");
  const client = await leakyReport(pool);
  await reported;
  const back = once(monitor, "leak");
  client.release();
  await back;
}

describe("leak detection", () => {
  it("reports a client held past leakDetectionMs with this test file's name and line, then its return", async () => {
    const { pool, logger, monitor } = setup(40);
    const reported = once(monitor, "leak");
    const started = performance.now();
    const client = await leakyReport(pool);
    const [held] = (await reported) as [LeakEvent];
    // V8 places a method call at the method's name: the column of `connect`.
    const site = siteOf("leak-site: leakyReport", "connect(");
    expect(held).toMatchObject({ poolName: "main", phase: "held", fn: "leakyReport", stackCaptured: true });
    expect(held.site).toBe(site);
    // Node timers have millisecond granularity: they may fire a fraction of a millisecond "early".
    expect(held.heldMs).toBeGreaterThanOrEqual(39);
    expect(held.heldMs).toBeLessThanOrEqual(performance.now() - started);
    // The stack starts at the acquire site, shows who called it, and hides pg and poolguard.
    const frames = held.stack.split("\n");
    expect(frames[0]).toContain(`leakyReport (${process.cwd()}/${site})`);
    expect(frames.slice(1).join("\n")).toContain(thisFile);
    expect(held.stack).not.toMatch(/node_modules\/pg|src\/runtime|node:internal/);

    const warnings = logger.lines.filter((line) => line.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toBe(
      `Possible connection leak in pool 'main': a client acquired at ${site} (leakyReport) has been held for ` +
        // A worker starved of CPU on a loaded machine reports a stalled loop, saying the CPU it used meanwhile.
        `${Math.round(held.heldMs)} ms (leakDetectionMs 40)${stallSaid(held)}; release it in a \`finally\` or use \`withClient\`\n${held.stack}`,
    );

    // The return is reported synchronously from the pool's `release` event.
    const back = once(monitor, "leak");
    client.release();
    const [returned] = (await back) as [LeakEvent];
    expect(returned).toMatchObject({ poolName: "main", phase: "returned", site, fn: "leakyReport" });
    expect(returned.heldMs).toBeGreaterThanOrEqual(held.heldMs);
    expect(logger.lines.filter((line) => line.level === "warn").map((line) => line.message)[1]).toBe(
      `Pool 'main': the client acquired at ${site} (leakyReport) and reported as a possible leak was returned after ${Math.round(returned.heldMs)} ms`,
    );
  });

  it("names the line that called withClient, not poolguard's own", async () => {
    const { pool, monitor } = setup(30);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reported = once(monitor, "leak");
    const work = withClient(pool, () => gate); // leak-site: withClient
    const [held] = (await reported) as [LeakEvent];
    expect(held.site).toBe(siteOf("leak-site: withClient", "withClient"));
    const back = once(monitor, "leak");
    release();
    await work;
    expect(((await back) as [LeakEvent])[0]).toMatchObject({ phase: "returned", site: held.site });
  });

  it("stays silent for clients released in time, and counts leaks per site", async () => {
    const { pool, monitor, logger } = setup(200, 1);
    // Released in the turn of the event loop they were handed out in: a query while held could outlast the 200 ms
    // threshold on a loaded machine, and that checkout would rightly be reported.
    for (let i = 0; i < 5; i++) await withClient(pool, async () => {});
    await leakAndReturn(pool, monitor);
    expect(logger.lines.filter((line) => line.level === "warn")).toHaveLength(2);
    const sites = monitor.sites("main");
    expect(sites.find((s) => s.fn === "leakyReport")).toMatchObject({ checkouts: 1, held: 0, leaks: 1 });
    expect(sites.find((s) => s.fn !== "leakyReport")).toMatchObject({ checkouts: 5, held: 0, leaks: 0 });
  });

  // Task runtime-t (drill r's slow leak: 2,000 lines from one site, none saying so): a site that leaks again says how
  // many leaks came from it so far; its first leak says nothing of it.
  it("says, from a site's second leak on, how many leaks were reported from that site", async () => {
    const { pool, monitor, logger } = setup(40);
    const site = siteOf("leak-site: leakyReport", "connect(");
    const heldLines = () => logger.lines.filter((line) => line.message.startsWith("Possible connection leak"));
    for (let i = 1; i <= 3; i++) {
      await leakAndReturn(pool, monitor);
      const line = heldLines()[i - 1]!.message.split("\n")[0]!;
      expect(line).toContain(`at ${site} (leakyReport) has been held for`);
      if (i === 1) expect(line).not.toContain("from this site");
      else expect(line).toMatch(new RegExp(`; release it in a \`finally\` or use \`withClient\` \\(${i} leaks reported from this site so far\\)$`));
    }
    expect(monitor.sites("main").find((s) => s.fn === "leakyReport")).toMatchObject({ leaks: 3 });
  });

  it("never reports a longLived pool's held clients, while a normal pool on the same monitor still is; both name their holders", async () => {
    const logger = new RecordingLogger();
    const main = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const listen = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 30, siteSampleRate: 0, captureStacks: "always" })
      .watch(main, { name: "main" })
      .watch(listen, { name: "listen", longLived: true });
    cleanups.push(() => endPool(main), () => endPool(listen), () => monitor.stop());
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (leak: LeakEvent) => leaks.push(leak));

    // The LISTEN client is taken first: had it been armed, its report would come before main's.
    const listener = await listen.connect(); // leak-site: listener
    await listener.query("LISTEN outbox");
    const reported = once(monitor, "leak");
    const leaked = await leakyReport(main);
    const [held] = (await reported) as [LeakEvent];
    expect(held).toMatchObject({ poolName: "main", phase: "held", fn: "leakyReport" });
    expect(held.heldMs).toBeGreaterThanOrEqual(29);

    expect(leaks.map((leak) => leak.poolName)).toEqual(["main"]);
    const warnings = logger.lines.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Possible connection leak in pool 'main'/);
    expect(monitor.sites("listen")).toEqual([
      expect.objectContaining({ site: siteOf("leak-site: listener", "connect("), checkouts: 1, held: 1, leaks: 0 }),
    ]);
    expect(monitor.sites("main")).toEqual([expect.objectContaining({ fn: "leakyReport", held: 1, leaks: 1 })]);

    // Giving the LISTEN client back is no "returned" report either.
    listener.release();
    const back = once(monitor, "leak");
    leaked.release();
    expect(((await back) as [LeakEvent])[0]).toMatchObject({ poolName: "main", phase: "returned" });
    expect(leaks.map((leak) => `${leak.poolName} ${leak.phase}`)).toEqual(["main held", "main returned"]);
    expect(monitor.sites("listen")).toEqual([expect.objectContaining({ held: 0, leaks: 0 })]);
  });

  it("reports every client held past the threshold, oldest first, and none released in time", async () => {
    const { pool, monitor } = setup(40);
    // Three idle connections first, before anyone listens: the checkouts below then take an idle client at once, so
    // `quick` is not held past the threshold while a new connection is made for `second` on a loaded machine.
    const warm = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    for (const client of warm) client.release();
    const leaks: LeakEvent[] = [];
    monitor.on("leak", (leak: LeakEvent) => leaks.push(leak));
    const first = await pool.connect(); // leak-site: first
    const quick = await pool.connect();
    const second = await pool.connect(); // leak-site: second
    // Released between two checkouts still out: it leaves the middle of the ones watched.
    quick.release();
    const both = new Promise<void>((resolve) => monitor.on("leak", () => leaks.length === 2 && resolve()));
    await both;
    expect(leaks.map((leak) => [leak.phase, leak.site])).toEqual([
      ["held", siteOf("leak-site: first", "connect(")],
      ["held", siteOf("leak-site: second", "connect(")],
    ]);
    for (const leak of leaks) expect(leak.heldMs).toBeGreaterThanOrEqual(39);
    first.release();
    second.release();
    expect(leaks.slice(2).map((leak) => [leak.phase, leak.site])).toEqual([
      ["returned", siteOf("leak-site: first", "connect(")],
      ["returned", siteOf("leak-site: second", "connect(")],
    ]);
  });

  it("does not arm leak timers when leakDetectionMs is not set", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), siteSampleRate: 0 }).watch(pool, { name: "main" });
    cleanups.push(() => endPool(pool));
    const leaks: unknown[] = [];
    monitor.on("leak", (leak) => leaks.push(leak));
    const client = await pool.connect();
    // Absence needs a window: a later timer would have fired after any armed one with a shorter delay.
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.release();
    expect(leaks).toEqual([]);
  });
});
