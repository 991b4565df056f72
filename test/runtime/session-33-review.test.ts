// Review of runtime-33 (task review-33r): withClient destroys a client whose callback failed with a query still in
// flight on it (drill pp). These cases probe the edges of that change on real PostgreSQL.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { withClient, withTransaction } from "../../src/runtime/index.js";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let admin: pg.Client;
beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
});

function pool(queryTimeoutMs?: number) {
  const created = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, query_timeout: queryTimeoutMs });
  created.on("error", () => {});
  cleanups.push(() => created.end());
  return created;
}

const pidOf = (client: pg.PoolClient) => (client as unknown as { processID: number }).processID;

async function activityOf(pid: number) {
  const { rows } = await admin.query<{ state: string; query: string }>(
    "SELECT state, query FROM pg_stat_activity WHERE pid = $1",
    [pid],
  );
  return rows[0];
}

describe("withTransaction whose callback failed with a query still in flight (query_timeout)", () => {
  // A pool-wide query_timeout also bounds the ROLLBACK (it times out, and the client was destroyed); a query's own
  // query_timeout does not: the ROLLBACK waited the whole 2 s behind the abandoned query before the caller heard.
  it("does not wait for the server to finish the abandoned query: the client is closed, the next caller gets a new connection", async () => {
    const watchedPool = pool();
    let firstPid = 0;
    const failed = withTransaction(watchedPool, (client) => {
      firstPid = pidOf(client);
      return client.query({ text: "SELECT pg_sleep(2) AS abandoned", query_timeout: 150 } as pg.QueryConfig);
    });
    await expect(failed).rejects.toThrow("Query read timeout");
    // The helper answered while the server still runs the sleep: a ROLLBACK queued behind it would have waited 2 s.
    expect(await activityOf(firstPid)).toMatchObject({ state: "active", query: "SELECT pg_sleep(2) AS abandoned" });
    const { rows } = await withClient(watchedPool, (client) => client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"));
    expect(rows[0]!.pid).not.toBe(firstPid);
  });

  it("its twin: a callback that fails with nothing in flight is rolled back and its client kept", async () => {
    const watchedPool = pool(10_000);
    let firstPid = 0;
    const failed = withTransaction(watchedPool, async (client) => {
      firstPid = pidOf(client);
      await client.query("CREATE TEMP TABLE review_33r (n int)");
      throw new Error("the application failed");
    });
    await expect(failed).rejects.toThrow("the application failed");
    const { rows } = await withClient(watchedPool, (client) =>
      client.query<{ pid: number; t: string | null }>("SELECT pg_backend_pid() AS pid, to_regclass('pg_temp.review_33r')::text AS t"),
    );
    expect(rows[0]).toEqual({ pid: firstPid, t: null });
  });
});

describe("withClient whose callback failed while a query it did not await still runs", () => {
  it("the application's un-awaited query is not turned into a rejection (unhandled, it would end the process)", async () => {
    const watchedPool = pool();
    let outcome: Promise<string> | undefined;
    const failed = withClient(watchedPool, async (client) => {
      const pending = client.query("SELECT pg_sleep(0.3), 1 AS done");
      // What the application would see of it (here handled so that the test runner does not fail on it).
      outcome = pending.then(
        (result) => `resolved ${JSON.stringify(result.rows)}`,
        (error: Error) => `rejected: ${error.message}`,
      );
      throw new Error("the application failed");
    });
    await expect(failed).rejects.toThrow("the application failed");
    expect(await outcome).toBe('resolved [{"pg_sleep":"","done":1}]');
  });

  it("its twin: a callback failing with pg's query_timeout — wrapped in an error of its own, beside a Promise.all sibling — closes the client", async () => {
    const watchedPool = pool();
    let firstPid = 0;
    let sibling: Promise<string> | undefined;
    const failed = withClient(watchedPool, async (client) => {
      firstPid = pidOf(client);
      const slow = client.query({ text: "SELECT pg_sleep(2)", query_timeout: 150 } as pg.QueryConfig);
      const next = client.query("SELECT 1");
      sibling = next.then(() => "resolved", (error: Error) => `rejected: ${error.message}`);
      try {
        await Promise.all([slow, next]);
      } catch (error) {
        throw new Error("the report timed out", { cause: error });
      }
    });
    await expect(failed).rejects.toThrow("the report timed out");
    const { rows } = await withClient(watchedPool, (client) => client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"));
    expect(rows[0]!.pid).not.toBe(firstPid);
    expect(await sibling).toBe("rejected: Connection terminated");
  });
});

describe("error events with odd payloads on a watched pool", () => {
  it("an `error` emitted with a value that has no string form throws nothing into the emitter", async () => {
    const { PoolMonitor } = await import("../../src/runtime/index.js");
    const watchedPool = pool();
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, intervalMs: 60_000 }).watch(watchedPool, { name: "main" });
    cleanups.push(() => monitor.stop());
    const client = await watchedPool.connect();
    cleanups.push(() => client.release(new Error("the test ended")));
    const odd = Object.create(null) as object;
    expect(() => client.emit("error", odd)).not.toThrow();
    expect(() => client.emit("error", undefined)).not.toThrow();
    expect(() => watchedPool.emit("error", odd, client)).not.toThrow();
  });
});

describe("queryInFlight of an odd client", () => {
  it("reads a Proxy whose traps throw as idle instead of throwing (a leak report and a waiting line call it)", async () => {
    const { queryInFlight } = await import("../../src/runtime/leak-detector.js");
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error("no reflection here");
        },
        get() {
          throw new Error("no reflection here");
        },
      },
    );
    expect(queryInFlight(hostile)).toBe(false);
    expect(queryInFlight(Object.freeze({ _activeQuery: Object.freeze({ state: "running" }) }))).toBe(true);
  });
});
