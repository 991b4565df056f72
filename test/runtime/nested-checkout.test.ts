// Drill q (runtime-s): a handler that holds a client and asks the same pool for a second, under more concurrent
// requests than `max`, starves the pool with nothing leaked — every client is held by a caller that waits for another.
// The waiting line named only where they hold ("top holders: app.mjs:29 (2 held)"), a `finally` that looks right;
// the line to change is where they wait. Here two callers hold both clients of a pool of 2 and ask for a second each;
// connectionTimeoutMillis ends the deadlock.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, type AlertEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const lineOf = (tag: string) => source.findIndex((line) => line.includes(`// site: ${tag}`) && !line.includes("lineOf")) + 1;
const FILE = "test/runtime/nested-checkout.test.ts";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Resolves once `count` callers have called `arrive()`. */
function barrier(count: number): { arrive: () => Promise<void> } {
  let left = count;
  let open!: () => void;
  const all = new Promise<void>((resolve) => (open = resolve));
  return {
    arrive: () => {
      if (--left === 0) open();
      return all;
    },
  };
}

async function nested(pool: pg.Pool, bothHeld: () => Promise<void>): Promise<void> {
  const outer = await pool.connect(); // site: outer
  try {
    await bothHeld();
    const inner = await pool.connect(); // site: inner
    inner.release();
  } finally {
    outer.release();
  }
}

async function lookup(pool: pg.Pool): Promise<unknown> {
  return pool.query("SELECT 1"); // site: lookup
}

async function nestedThroughHelper(pool: pg.Pool, bothHeld: () => Promise<void>): Promise<void> {
  const outer = await pool.connect(); // site: helper outer
  try {
    await bothHeld();
    await lookup(pool);
  } finally {
    outer.release();
  }
}

function inlineCallback(pool: pg.Pool, bothHeld: () => Promise<void>): Promise<unknown> {
  return withClient(pool, async () => { await bothHeld(); return pool.query("SELECT 1"); }); // site: inline
}

async function holdOnly(pool: pg.Pool, bothHeld: () => Promise<void>, done: Promise<void>): Promise<void> {
  const client = await pool.connect(); // site: hold only
  try {
    await bothHeld();
    await done;
  } finally {
    client.release();
  }
}

async function waitOnly(pool: pg.Pool): Promise<void> {
  const client = await pool.connect(); // site: wait only
  client.release();
}

/**
 * One function, two checkout lines, called by three callers at once (drill pp, a statement_timeout storm: every
 * caller of a loop ran the same function): two hold the pool's clients in a query, the third waits at the other line.
 * The waiter's stack has a frame of the holders' function, but it is another call of it: not a nested checkout.
 */
async function twoLines(pool: pg.Pool, hold: boolean, bothHeld: () => Promise<void>): Promise<unknown> {
  if (!hold) return pool.query("SELECT 1"); // site: two lines waiter
  const client = await pool.connect(); // site: two lines holder
  try {
    const running = client.query("SELECT pg_sleep(0.3)");
    await bothHeld();
    return await running;
  } finally {
    client.release();
  }
}

/** Holders at one line: some ask for a second client, one runs a query meanwhile. */
async function someNested(pool: pg.Pool, nests: boolean, allHeld: () => Promise<void>): Promise<void> {
  const client = await pool.connect(); // site: some nested holder
  try {
    const running = nests ? undefined : client.query("SELECT pg_sleep(0.3)");
    await allHeld();
    if (running) await running;
    else (await pool.connect()).release(); // site: some nested inner
  } finally {
    client.release();
  }
}

function watched(max = 2): { pool: pg.Pool; monitor: PoolMonitor } {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max, connectionTimeoutMillis: 1500 });
  const monitor = new PoolMonitor({ logger: new RecordingLogger(), leakDetectionMs: 60_000, captureStacks: "always" })
    .watch(pool, { name: "main" });
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor };
}

/** Two callers of `handler` at once, each holding a client of the pool of 2: the first alert, and how they ended. */
async function twoCallers(
  handler: (pool: pg.Pool, bothHeld: () => Promise<void>) => Promise<unknown>,
): Promise<{ message: string; outcomes: Array<PromiseSettledResult<unknown>> }> {
  const { pool, monitor } = watched();
  const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
  const { arrive } = barrier(2);
  const callers = Promise.allSettled([handler(pool, arrive), handler(pool, arrive)]);
  const [alert] = await alerted;
  return { message: alert.message, outcomes: await callers };
}

const nestedClause = (holder: string, fn: string, waitingAt: string) =>
  `the clients held at ${FILE}:${holder} (${fn}, 2 held) are held by callers that wait at ${FILE}:${waitingAt} for a ` +
  "second client of the same pool (a nested checkout): once every client is held this way, none comes back until a " +
  "checkout times out — use the client already held, or release it before asking for another";

describe("a pool starved by nested checkouts (drill q)", () => {
  it("says the holders wait for a second client, and where they wait", async () => {
    const { message, outcomes } = await twoCallers(nested);
    expect(message).toBe(
      `Pool 'main' has 1 waiting client(s); top holders: ${FILE}:${lineOf("outer")} (2 held); ` +
        nestedClause(String(lineOf("outer")), "nested", String(lineOf("inner"))),
    );
    // The deadlock is real: the inner checkouts gave up.
    expect(outcomes.map((o) => o.status)).toContain("rejected");
  });

  it("also when the second checkout is in a function the holder awaits (pool.query in a helper)", async () => {
    const { message } = await twoCallers(nestedThroughHelper);
    expect(message).toBe(
      `Pool 'main' has 1 waiting client(s); top holders: ${FILE}:${lineOf("helper outer")} (2 held); ` +
        nestedClause(String(lineOf("helper outer")), "nestedThroughHelper", String(lineOf("lookup"))),
    );
  });

  it("also for a callback written inline on the holder's line (withClient, pool.query inside)", async () => {
    const { message } = await twoCallers(inlineCallback);
    const line = String(lineOf("inline"));
    expect(message).toMatch(
      new RegExp(
        String.raw`^Pool 'main' has 1 waiting client\(s\); top holders: ${FILE}:${line} \(2 held\); the clients held at ` +
          String.raw`${FILE}:${line} \(inlineCallback, 2 held\) are held by callers that wait at ${FILE}:${line} for a second`,
      ),
    );
  });

  it("without connectionTimeoutMillis, a queue that has not moved for a whole interval makes the pool unavailable", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 1000, leakDetectionMs: 60_000 }).watch(pool, { name: "main" }).start();
    const clients = [await pool.connect(), await pool.connect()];
    cleanups.push(() => pool.end(), () => monitor.stop(), () => clients.forEach((client) => client.release()));
    const waiter = pool.connect();
    // Should an assertion fail, the waiter still gets a client once the held ones go back: it must go back too.
    cleanups.push(() => void waiter.then((client) => clients.includes(client) || client.release()));
    const waitingLine = (line: { message: string }) => line.message.startsWith("Pool 'main' has 1 waiting client(s)");
    await logger.next(waitingLine);
    // One tick has seen the caller wait: not yet a whole interval.
    expect(monitor.snapshot().status).toBe("ok");
    await logger.next(waitingLine);
    expect(monitor.snapshot().status).toBe("unavailable");
    const ready = await monitor.readiness();
    expect(ready.status).toBe("unavailable");
    expect(ready.pools[0]!.reason).toBe(
      "1 caller(s) have waited since the last report and no checkout was served meanwhile: the holders release no " +
        "client (see the waiting line for who holds them)",
    );
    // Its twin: the queue moves, and the pool serves again.
    clients.pop()!.release();
    clients.push(await waiter);
    expect(monitor.snapshot().status).toBe("ok");
  });

  it("its twin: callers of the same function whose clients run a query are not nested under one another (drill pp)", async () => {
    const { pool, monitor } = watched();
    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const { arrive } = barrier(3);
    const holders = Promise.all([twoLines(pool, true, arrive), twoLines(pool, true, arrive)]);
    await arrive();
    const waiter = twoLines(pool, false, arrive);
    const [alert] = await alerted;
    await Promise.all([holders, waiter]);
    expect(alert.message).toBe(`Pool 'main' has 1 waiting client(s); top holders: ${FILE}:${lineOf("two lines holder")} (2 held)`);
  });

  it("counts, of the clients held at the line, those whose callers wait for a second (not the one in a query)", async () => {
    const { pool, monitor } = watched(3);
    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const { arrive } = barrier(3);
    const callers = Promise.allSettled([true, true, false].map((nests) => someNested(pool, nests, arrive)));
    const [alert] = await alerted;
    await callers;
    const holder = lineOf("some nested holder");
    expect(alert.message).toBe(
      `Pool 'main' has 1 waiting client(s); top holders: ${FILE}:${holder} (3 held); the clients held at ${FILE}:${holder} ` +
        `(someNested, 2 of 3 held) are held by callers that wait at ${FILE}:${lineOf("some nested inner")} for a second ` +
        "client of the same pool (a nested checkout): once every client is held this way, none comes back until a " +
        "checkout times out — use the client already held, or release it before asking for another",
    );
  });

  it("its twin: holders that do not wait, and a caller elsewhere that does, are no nested checkout", async () => {
    const { pool, monitor } = watched();
    const alerted = once(monitor, "alert") as Promise<[AlertEvent]>;
    const { arrive } = barrier(3);
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const holders = Promise.all([holdOnly(pool, arrive, done), holdOnly(pool, arrive, done)]);
    await arrive();
    const waiter = waitOnly(pool);
    const [alert] = await alerted;
    finish();
    await Promise.all([holders, waiter]);
    expect(alert.message).toBe(`Pool 'main' has 1 waiting client(s); top holders: ${FILE}:${lineOf("hold only")} (2 held)`);
  });
});
