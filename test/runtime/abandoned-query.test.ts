// Drill pp (session 33): pg's `query_timeout` rejects a query after its bound without cancelling it — the server goes
// on running it — and `withClient` (like any holder) then gives the client back with a plain `release()`, so the pool
// hands the next caller a client whose connection is still busy with the earlier query. That caller's own query waits
// behind it; its leak report is right (a query in flight), but the lock-wait lookup's line said "a slow query, not a
// leak" of a query that was not its holder's, "active for 969 ms of the 763 ms it has been held".
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, withClient, type LeakEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched(queryTimeoutMs: number) {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1, query_timeout: queryTimeoutMs });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, leakDetectionMs: 400, captureStacks: "always" }).watch(pool, { name: "main" }).start();
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, logger, monitor };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const runningLine = (line: { message: string }) => line.message.includes("is running a query");

describe("a client handed out while an earlier holder's query still runs on it", () => {
  it("says the query it runs was sent before its checkout, by which holder, and never blames the next one (drill 34b)", async () => {
    const { pool, logger, monitor } = watched(150);
    // A holder of its own that catches the timeout and releases as usual (withClient closes such a client: below).
    const first = await pool.connect();
    const firstLine = new Error().stack!.split("\n")[1]!.match(/abandoned-query\.test\.ts:(\d+)/)![1];
    await expect(first.query("SELECT pg_sleep(1.5), 'a secret' AS s")).rejects.toThrow("Query read timeout");
    first.release();
    const reported = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    const held = logger.next((line) => line.message.includes("gave back unfinished"), 10_000);
    const running = logger.next(runningLine, 10_000);
    const next = withClient(pool, (client) => client.query({ text: "SELECT 1 AS one", query_timeout: 10_000 } as pg.QueryConfig));
    const leak = await reported;
    expect(leak.inQuery).toBe(true);
    const earlier = `test/runtime/abandoned-query.test.ts:${Number(firstLine) - 1}:`;
    expect(leak.abandonedQuery).toEqual({ site: expect.stringContaining(earlier), fn: "<anonymous>", text: "SELECT pg_sleep(…), '…' AS s" });
    const left =
      `\`SELECT pg_sleep(…), '…' AS s\`, left running by the holder that acquired the client at ${leak.abandonedQuery!.site} ` +
      "(<anonymous>) and gave it back with a plain `release()` while it ran (pg's `query_timeout` rejects a query without " +
      "cancelling it; a query not awaited before the release goes back the same way). Release a client whose query timed " +
      "out with `client.release(err)` (the pool closes it), or bound queries with `statement_timeout`, which the server enforces";
    expect((await held).message).toMatch(
      new RegExp(
        String.raw`^Pool 'main': a client acquired through \`withClient\` at ${escape(`${leak.site} (${leak.fn})`)} has been held ` +
          String.raw`for \d+ ms \(leakDetectionMs 400\), not by a leak of its holder's: its queries wait behind one an earlier ` +
          `holder gave back unfinished — ${escape(left)}$`,
      ),
    );
    expect(logger.lines.some((line) => line.message.startsWith("Possible connection leak"))).toBe(false);
    const { message } = await running;
    expect(message).toMatch(
      new RegExp(
        String.raw`^Pool 'main': the client acquired at ${escape(`${leak.site} (${leak.fn})`)} and reported held ` +
          String.raw`is running a query the database is executing \(backend \d+, active for (\d+) ms of the (\d+) ms it has ` +
          String.raw`been held; wait event Timeout: PgSleep\): a query sent before this checkout, so not its holder's, whose own ` +
          `queries wait behind it: ${escape(left)}$`,
      ),
    );
    const [, queryMs, heldMs] = /active for (\d+) ms of the (\d+) ms/.exec(message)!;
    expect(Number(queryMs)).toBeGreaterThan(Number(heldMs));
    const returned = logger.next((line) => line.message.includes("was returned"), 10_000);
    expect((await next).rows).toEqual([{ one: 1 }]);
    expect((await returned).message).toMatch(
      new RegExp(
        String.raw`^Pool 'main': the client acquired at ${escape(`${leak.site} (${leak.fn})`)} and reported held behind an ` +
          String.raw`earlier holder's unfinished query was returned after \d+ ms$`,
      ),
    );
    // Nothing blames the next borrower.
    expect(logger.lines.filter((line) => /possible (connection )?leak/i.test(line.message))).toEqual([]);
  });

  it("withClient closes a client whose query outlived its failed callback: the next caller gets a new connection", async () => {
    const { pool } = watched(150);
    const pidOf = (client: pg.PoolClient) => (client as unknown as { processID: number }).processID;
    let firstPid = 0;
    const failed = withClient(pool, (client) => {
      firstPid = pidOf(client);
      return client.query("SELECT pg_sleep(1.5)");
    });
    await expect(failed).rejects.toThrow("Query read timeout");
    // A pool of 1: the same connection again would mean the next query waits behind the sleep (or times out).
    const { rows } = await withClient(pool, (client) => client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid"));
    expect(rows[0]!.pid).not.toBe(firstPid);
  });

  it("its twin: a slow query its holder sent is a slow query", async () => {
    const { pool, logger } = watched(10_000);
    const running = logger.next(runningLine, 10_000);
    const slow = withClient(pool, (client) => client.query("SELECT pg_sleep(1.2)"));
    const { message } = await running;
    expect(message).toMatch(/ms it has been held; wait event Timeout: PgSleep\): a slow query, not a leak nor a database that does not answer\./);
    await slow;
  });
});
