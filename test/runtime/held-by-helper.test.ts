// A client held past leakDetectionMs inside withClient/withTransaction is not a missing release: the helper gives
// it back when its callback settles, so the callback is still running (a slow query, an await that never settles).
// Found in the outage drill: 30 slow queries through withClient were each reported "release it in a `finally` or use
// `withClient`" — advice to write the code they already had. The query here waits on an advisory lock that the test
// holds, so it outlasts the threshold for as long as the test decides, without a sleep.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, withTransaction, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const thisFile = "test/runtime/held-by-helper.test.ts";
const LOCK = 731_942;

/** `file:line:column` of `callee` on the line carrying `marker` (a comment). */
function siteOf(marker: string, callee: string): string {
  const index = source.findIndex((line) => line.includes(marker) && !line.includes("siteOf("));
  return `${thisFile}:${index + 1}:${source[index]!.indexOf(callee) + 1}`;
}

describe("a client held long inside withClient / withTransaction", () => {
  let locker: pg.Client;
  const cleanups: Array<() => Promise<unknown> | void> = [];

  beforeAll(async () => {
    locker = new pg.Client({ connectionString: inject("databaseUrl") });
    await locker.connect();
  });

  afterAll(async () => {
    await locker.end();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function setup() {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 50, captureStacks: "always" }).watch(pool, { name: "main" });
    cleanups.push(
      () => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]),
      () => monitor.stop(),
      () => locker.query("SELECT pg_advisory_unlock_all()"),
    );
    return { pool, logger, monitor };
  }

  /** The held report and its log line, then the lock let go and the returned report. */
  async function heldWhileLocked(monitor: PoolMonitor, logger: RecordingLogger, work: () => Promise<unknown>) {
    await locker.query("SELECT pg_advisory_lock($1)", [LOCK]);
    const held = once(monitor, "leak") as Promise<[LeakEvent]>;
    const line = logger.next((l) => l.message.startsWith("Possible connection leak"));
    const running = work();
    const [event] = await held;
    const { message } = await line;
    const returned = once(monitor, "leak") as Promise<[LeakEvent]>;
    await locker.query("SELECT pg_advisory_unlock($1)", [LOCK]);
    await running;
    const [back] = await returned;
    return { event, message, back };
  }

  it("says withClient holds it because its callback is still running, and does not advise withClient", async () => {
    const { pool, logger, monitor } = setup();
    const { event, message, back } = await heldWhileLocked(monitor, logger, () =>
      withClient(pool, (client) => client.query("SELECT pg_advisory_lock($1)", [LOCK])), // site: slow withClient
    );
    const site = siteOf("site: slow withClient", "withClient(");
    expect(event).toMatchObject({ phase: "held", site, helper: "withClient", stackCaptured: true });
    expect(message.split("\n")[0]).toBe(
      `Possible connection leak in pool 'main': a client acquired through \`withClient\` at ${site} (<anonymous>) has been ` +
        `held for ${Math.round(event.heldMs)} ms (leakDetectionMs 50); \`withClient\` gives it back when its callback ` +
        "settles, so the callback is still running: it is waiting for the answer to a query (a slow query, a lock " +
        "wait, or a database that does not answer)",
    );
    expect(event.inQuery).toBe(true);
    expect(back).toMatchObject({ phase: "returned", site, helper: "withClient" });
  });

  it("says the same of withTransaction", async () => {
    const { pool, logger, monitor } = setup();
    const { event, message } = await heldWhileLocked(monitor, logger, () =>
      withTransaction(pool, (client) => client.query("SELECT pg_advisory_xact_lock($1)", [LOCK])), // site: slow tx
    );
    expect(event).toMatchObject({ site: siteOf("site: slow tx", "withTransaction("), helper: "withTransaction" });
    expect(message).toContain("`withTransaction` gives it back when its callback settles");
    expect(message).not.toContain("use `withClient`");
  });

  it("says a client taken by hand is waiting for a query's answer, and advises a release only if it stays out", async () => {
    const { pool, logger, monitor } = setup();
    const { event, message } = await heldWhileLocked(monitor, logger, async () => {
      const client = await pool.connect(); // site: by hand
      try {
        await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
      } finally {
        client.release();
      }
    });
    expect(event).toMatchObject({ site: siteOf("site: by hand", "connect("), helper: undefined, inQuery: true });
    expect(message.split("\n")[0]).toMatch(
      /; it is waiting for the answer to a query \(a slow query, a lock wait, or a database that does not answer\)\. If it is not returned once the query ends, release it in a `finally` or use `withClient`$/,
    );
  });

  it("says a withClient callback that awaits something else has no query in flight", async () => {
    const { pool, logger, monitor } = setup();
    let finish!: () => void;
    const awaited = new Promise<void>((resolve) => (finish = resolve));
    const held = once(monitor, "leak") as Promise<[LeakEvent]>;
    const line = logger.next((l) => l.message.startsWith("Possible connection leak"));
    const running = withClient(pool, () => awaited);
    const [event] = await held;
    expect(event).toMatchObject({ helper: "withClient", inQuery: false });
    expect((await line).message.split("\n")[0]).toMatch(
      /the callback is still running: an `await` that has not settled \(no query is in flight on its client\)$/,
    );
    finish();
    await running;
  });

  it("still advises a `finally` or withClient for a client taken by hand and left idle", async () => {
    const { pool, logger, monitor } = setup();
    const held = once(monitor, "leak") as Promise<[LeakEvent]>;
    const line = logger.next((l) => l.message.startsWith("Possible connection leak"));
    const client = await pool.connect(); // site: idle by hand
    const [event] = await held;
    expect(event).toMatchObject({ site: siteOf("site: idle by hand", "connect("), inQuery: false });
    expect((await line).message.split("\n")[0]).toMatch(/has been held for \d+ ms \(leakDetectionMs 50\)(, at least \d+ ms of it with the event loop blocked \(.*\))?; release it in a `finally` or use `withClient`$/);
    client.release();
  });
});
