// captureStacks "adaptive" against a real PostgreSQL: which leak reports name their line, in the two situations the
// policy promises — a route that leaks on every call, and a rare leak in a healthy pool.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const thisFile = "test/runtime/capture-policy.test.ts";

/** `file:line:column` of the `connect(` call on the line carrying `marker`. */
function siteOf(marker: string): string {
  const index = source.findIndex((line) => line.includes(marker) && !line.includes("siteOf("));
  return `${thisFile}:${index + 1}:${source[index]!.indexOf("connect(") + 1}`;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(max: number, leakDetectionMs: number, siteSampleRate?: number) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max });
  const logger = new RecordingLogger();
  // captureStacks left at its default, "adaptive"; warnUtilizationPercent at its default, 80: pressure from 40 %.
  const monitor = new PoolMonitor({ logger, leakDetectionMs, siteSampleRate }).watch(pool, { name: "main" });
  const leaks: LeakEvent[] = [];
  monitor.on("leak", (leak: LeakEvent) => leak.phase === "held" && leaks.push(leak));
  const clients: pg.PoolClient[] = [];
  cleanups.push(
    async () => {
      for (const client of clients) client.release();
      await pool.end();
    },
    () => monitor.stop(),
  );
  return { pool, logger, monitor, leaks, clients };
}

/** Resolves once `count` held-leak reports have arrived (or rejects after a bounded wait). */
function reportsReached(monitor: PoolMonitor, leaks: readonly LeakEvent[], count: number, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (leaks.length >= count) return resolve();
    const timer = setTimeout(() => reject(new Error(`${leaks.length} of ${count} leak reports within ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (leaks.length < count) return;
      clearTimeout(timer);
      monitor.off("leak", check);
      resolve();
    };
    monitor.on("leak", check);
  });
}

/** A handler that forgets to release: the client stays checked out. */
async function leakyRoute(pool: pg.Pool, clients: pg.PoolClient[]): Promise<void> {
  const client = await pool.connect(); // leak-site: leakyRoute
  await client.query("SELECT 1");
  clients.push(client);
}

describe('captureStacks: "adaptive"', () => {
  it("reports a leak taken in a healthy, unsampled checkout without a stack, says so, and names the next one", async () => {
    const { pool, logger, monitor, leaks, clients } = setup(10, 40, 0);
    await leakyRoute(pool, clients);
    await reportsReached(monitor, leaks, 1);
    expect(leaks[0]).toMatchObject({ site: "unknown", fn: "<unknown>", stack: "", stackCaptured: false });
    const warning = logger.lines.find((line) => line.level === "warn")!.message;
    expect(warning).toMatch(/^Possible connection leak in pool 'main': a client acquired at an unknown site has been held for \d+ ms/);
    expect(warning).toContain("Its stack was not captured");
    expect(warning).toContain("the next leak will name its line");

    // The pool is still healthy (1 of 10 held), but a leak without a stack turned capture on.
    await leakyRoute(pool, clients);
    await reportsReached(monitor, leaks, 2);
    expect(leaks[1]).toMatchObject({ site: siteOf("leak-site: leakyRoute"), fn: "leakyRoute", stackCaptured: true });
    expect(leaks[1]!.stack.split("\n")[0]).toContain(`leakyRoute (${process.cwd()}/${siteOf("leak-site: leakyRoute")})`);
  });

  it("logs a burst of leaks taken without stacks as one line with their count, and still reports each client", async () => {
    const { pool, logger, monitor, leaks, clients } = setup(10, 100, 0);
    // Three connections opened and given back first, so the burst's checkouts are idle clients handed out together.
    await Promise.all([0, 1, 2].map(() => withClient(pool, async (client) => client.query("SELECT 1"))));
    const burst = await Promise.all([0, 1, 2].map(() => pool.connect()));
    clients.push(...burst);
    await reportsReached(monitor, leaks, 3);
    expect(leaks.map((leak) => leak.stackCaptured)).toEqual([false, false, false]);
    const warnings = logger.lines.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Possible connection leaks in pool 'main': 3 clients acquired at unknown sites have been held for \d+(–\d+)? ms \(leakDetectionMs 100\); release them in a `finally` or use `withClient`\. Their stacks were not captured/,
    );
    expect(warnings[0]).toContain("the next leak will name its line");
  });

  // Round three's drill: a burst of six leaks without stacks was two lines when it came due, and six identical lines
  // ("the client acquired at an unknown site … was returned") when the clients came back together.
  it("logs the return of a burst without stacks as one line too, and still reports each client's return", async () => {
    const { pool, logger, monitor, leaks, clients } = setup(10, 100, 0);
    await Promise.all([0, 1, 2].map(() => withClient(pool, async (client) => client.query("SELECT 1"))));
    const burst = await Promise.all([0, 1, 2].map(() => pool.connect()));
    clients.push(...burst);
    await reportsReached(monitor, leaks, 3);
    const returns: LeakEvent[] = [];
    monitor.on("leak", (leak: LeakEvent) => leak.phase === "returned" && returns.push(leak));
    const returnedLine = (line: { message: string }) => line.message.includes("returned after");
    const logged = logger.next(returnedLine);
    for (const client of clients.splice(0)) client.release();
    expect(returns.map((leak) => [leak.phase, leak.site, leak.stackCaptured])).toEqual([
      ["returned", "unknown", false],
      ["returned", "unknown", false],
      ["returned", "unknown", false],
    ]);
    const line = await logged;
    expect(line.level).toBe("warn");
    expect(line.message).toMatch(
      /^Pool 'main': 3 clients acquired at unknown sites and reported as possible leaks were returned after \d+(–\d+)? ms$/,
    );
    const low = Math.round(Math.min(...returns.map((leak) => leak.heldMs)));
    expect(line.message).toContain(`returned after ${low}`);
    expect(logger.lines.filter(returnedLine)).toHaveLength(1);
  });

  it("under load, names the leaking line in every report of a checkout taken once the pool is at half utilisation", async () => {
    const max = 10;
    const { pool, monitor, leaks, clients } = setup(max, 200);
    // Healthy traffic alongside: two workers that always release, each in the turn of the event loop it got its
    // client (a query while held could outlast the 200 ms threshold on a loaded machine and be reported as a leak
    // among the route's), letting a turn pass between checkouts.
    let running = true;
    const worker = async () => {
      while (running) {
        await withClient(pool, async () => {});
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    const workers = [worker(), worker()];
    // The route leaks on every call; the load does not wait for reports (200 ms) before the pool fills up.
    const underPressure: boolean[] = [];
    for (let call = 0; call < max - 2; call++) {
      // What the pool looks like to this call's checkout: half of warnUtilizationPercent (80) is 40 %, or a caller
      // waiting with no client idle.
      const used = pool.totalCount - pool.idleCount;
      underPressure.push(used * 100 >= 40 * max || (pool.waitingCount > 0 && pool.idleCount === 0));
      await leakyRoute(pool, clients);
    }
    running = false;
    await Promise.all(workers);
    await reportsReached(monitor, leaks, max - 2);

    // Reports come oldest first: the i-th is the i-th call's.
    expect(underPressure.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    const site = siteOf("leak-site: leakyRoute");
    leaks.forEach((leak, call) => {
      if (underPressure[call]) expect(leak).toMatchObject({ site, fn: "leakyRoute", stackCaptured: true });
      else expect([site, "unknown"]).toContain(leak.site);
    });
    // ... and sites() names the line for every held client captured under pressure.
    const row = monitor.sites("main").find((entry) => entry.site === site);
    expect(row?.held).toBeGreaterThanOrEqual(underPressure.filter(Boolean).length);
  });

  it("in a healthy pool leaking once every few hundred checkouts, names the line by the second leak at the latest", async () => {
    const { pool, monitor, leaks, clients } = setup(10, 50);
    // A healthy checkout gives its client back in the turn of the event loop it got it (no query while held), then
    // lets a turn pass so the leak timer fires amid the traffic. A round trip could outlast the 50 ms threshold on a
    // loaded machine: that checkout would rightly be reported as a leak without a stack, turn capture on before the
    // first leak here, and every count below would be about it.
    const healthy = async () => {
      await withClient(pool, async () => {});
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    for (let i = 0; i < 300; i++) await healthy();
    await leakyRoute(pool, clients);
    // Traffic goes on while the first leak waits for its report.
    for (let i = 0; i < 5000 && leaks.length === 0; i++) await healthy();
    await reportsReached(monitor, leaks, 1);
    for (let i = 0; i < 300; i++) await healthy();
    await leakyRoute(pool, clients);
    await reportsReached(monitor, leaks, 2);

    const site = siteOf("leak-site: leakyRoute");
    // Sampling is a counter (one in 1/siteSampleRate, exactly; the default samples neither the 301st checkout nor any
    // before it at 0.001, and at 0.01 only the 100th, 200th and 300th): the first report had no stack; the second does.
    expect(leaks[0]).toMatchObject({ site: "unknown", stackCaptured: false });
    expect(leaks[1]).toMatchObject({ site, fn: "leakyRoute", stackCaptured: true });
    expect(monitor.sites("main").find((entry) => entry.site === site)).toMatchObject({ leaks: 1, held: 1 });
  });

  it('captures every checkout with captureStacks: "always", and refuses an unknown mode', async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 10 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 30, siteSampleRate: 0, captureStacks: "always" })
      .watch(pool, { name: "main" });
    cleanups.push(() => pool.end(), () => monitor.stop());
    const reported = once(monitor, "leak");
    const client = await pool.connect(); // leak-site: always
    const [leak] = (await reported) as [LeakEvent];
    expect(leak).toMatchObject({ site: siteOf("leak-site: always"), stackCaptured: true });
    client.release();
    expect(() => new PoolMonitor({ captureStacks: "sometimes" as never })).toThrow(
      'PoolMonitor: `captureStacks` must be "adaptive" or "always", got "sometimes"',
    );
  });
});
