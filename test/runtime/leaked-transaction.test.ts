// A client leaked inside an open transaction (session 20's drill e, docs/drills.md): PostgreSQL shows it "idle in
// transaction", holding the row locks other sessions wait for. The report said only "release it in a `finally`", as
// of any leak — not that the transaction was open, nor that a release without COMMIT or ROLLBACK would hand the next
// caller a client still in it. Now the report says so (pg's transaction status from the server's last ReadyForQuery),
// one more line says what the database shows it holding (the tables its transaction locks, the sessions waiting for
// it), and when idle_in_transaction_session_timeout ends the backend, the loss is counted once.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import type { LeakEvent } from "../../src/runtime/monitor.js";
import { withTransaction } from "../../src/runtime/with-client.js";
import { rowLockFixture } from "./row-lock-fixture.js";

const TABLE = "poolguard_leaked_transaction";
const THRESHOLD_MS = 300;
const SITE = String.raw`test/runtime/leaked-transaction\.test\.ts:\d+:\d+ \(.*\)`;
const HELD = String.raw`has been held for \d+ ms \(leakDetectionMs ${THRESHOLD_MS}\)(, at least \d+ ms of it with the event loop [^;]*)?`;

/** The next `event` of `emitter` (events.once would reject on the `error` events a killed backend raises). */
const next = (emitter: { once(event: string, listener: () => void): unknown }, event: string) =>
  new Promise<void>((resolve) => emitter.once(event, () => resolve()));

describe("a client leaked inside a transaction", () => {
  const fixture = rowLockFixture(TABLE, THRESHOLD_MS);
  const { cleanups } = fixture;

  function setup() {
    const { pool, logger, monitor } = fixture.watched();
    const leaked = new Promise<LeakEvent>((resolve) => monitor.once("leak", resolve));
    const report = logger.next((line) => line.message.startsWith("Possible connection leak"));
    return { pool, logger, monitor, leaked, report };
  }

  it("is said to be idle in an open transaction that holds its locks, and its loss to the server's timeout is counted once", async () => {
    const { pool, logger, monitor, leaked, report } = setup();
    const client = await pool.connect();
    client.on("error", () => {});
    cleanups.push(() => client.release(new Error("test over")));
    await client.query("BEGIN");
    await client.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
    // A session outside the pool waits for the row.
    const outside = new pg.Client({ connectionString: inject("databaseUrl") });
    await outside.connect();
    cleanups.push(() => outside.end());
    const blocked = outside.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = 1`);
    const holds = logger.next((line) => line.message.includes("is idle in an open transaction (backend"));

    expect(await leaked).toMatchObject({ phase: "held", inQuery: false, transaction: "open", connectionLost: undefined });
    expect((await report).message.split("\n")[0]).toMatch(
      new RegExp(
        `^Possible connection leak in pool 'main': a client acquired at ${SITE} ${HELD}; it is idle inside an open ` +
          String.raw`transaction \(BEGIN with no COMMIT or ROLLBACK yet\) that holds its locks meanwhile: sessions ` +
          String.raw`that need those rows or tables wait for it\. End the transaction \(COMMIT, or ROLLBACK on error\) ` +
          "and release it in a `finally`, or use `withTransaction`$",
      ),
    );

    // What it holds, as the database says: the table its transaction locks, and the session waiting for it.
    const pid = (client as unknown as { processID: number }).processID;
    expect((await holds).message).toMatch(
      new RegExp(
        `^Pool 'main': the client acquired at ${SITE} and reported as a possible leak is idle in an open transaction ` +
          String.raw`\(backend ${pid}\) that locks ${TABLE}; 1 session\(s\) wait for its locks\. Its locks go when the ` +
          "transaction ends: COMMIT or ROLLBACK before the release$",
      ),
    );

    // The server ends the transaction left idle: one connection error, the client still held (it was never given
    // back) and counted as lost, and no second report of the same checkout.
    const ended = next(client, "end");
    await client.query("SET idle_in_transaction_session_timeout = 100");
    await ended;
    const [stats] = monitor.stats();
    expect(stats).toMatchObject({ usedCount: 1, lostCount: 1, connectionErrors: { "25P03": 1 } });
    expect(logger.lines.filter((line) => line.message.startsWith("Possible connection leak"))).toHaveLength(1);
    // The row lock went with the backend: the session that waited for it goes on.
    await blocked;
  });

  it("that has locked no table yet is said to lock none", async () => {
    const { pool, logger, leaked } = setup();
    const client = await pool.connect();
    cleanups.push(() => client.release(new Error("test over")));
    const holds = logger.next((line) => line.message.includes("is idle in an open transaction (backend"));
    await client.query("BEGIN");
    await client.query("SELECT 1");

    expect(await leaked).toMatchObject({ transaction: "open" });
    const pid = (client as unknown as { processID: number }).processID;
    expect((await holds).message).toMatch(
      new RegExp(
        `^Pool 'main': the client acquired at ${SITE} and reported as a possible leak is idle in an open transaction ` +
          String.raw`\(backend ${pid}\) that locks no table yet$`,
      ),
    );
  });

  it("is said to be in a failed transaction whose queries fail until ROLLBACK", async () => {
    const { pool, leaked, report } = setup();
    const client = await pool.connect();
    cleanups.push(() => client.release(new Error("test over")));
    await client.query("BEGIN");
    await expect(client.query("SELECT 1 / 0")).rejects.toThrow("division by zero");

    expect(await leaked).toMatchObject({ phase: "held", inQuery: false, transaction: "failed" });
    expect((await report).message.split("\n")[0]).toMatch(
      new RegExp(
        `^Possible connection leak in pool 'main': a client acquired at ${SITE} ${HELD}; it is idle inside a failed ` +
          String.raw`transaction \(an error after BEGIN, no ROLLBACK yet\): its queries fail until ROLLBACK, and it ` +
          String.raw`holds its locks meanwhile\. End the transaction`,
      ),
    );
  });

  it("in a helper's callback that awaits something else: the transaction is said after the unsettled await", async () => {
    const { pool, leaked, report } = setup();
    let finish = () => {};
    const awaited = new Promise<void>((resolve) => (finish = resolve));
    const done = withTransaction(pool, async (client) => {
      await client.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
      await awaited;
    });
    cleanups.push(() => done, () => finish());

    expect(await leaked).toMatchObject({ helper: "withTransaction", inQuery: false, transaction: "open" });
    expect((await report).message.split("\n")[0]).toMatch(
      new RegExp(
        `^Possible connection leak in pool 'main': a client acquired through \`withTransaction\` at ${SITE} ${HELD}; ` +
          "`withTransaction` gives it back when its callback settles, so the callback is still running: an `await` " +
          String.raw`that has not settled \(no query is in flight on its client\), inside an open transaction \(BEGIN ` +
          String.raw`with no COMMIT or ROLLBACK yet\) that holds its locks meanwhile: sessions that need those rows or ` +
          "tables wait for it$",
      ),
    );
  });

  it("outside a transaction (committed before the leak), the report says nothing of one", async () => {
    const { pool, leaked, report } = setup();
    const client = await pool.connect();
    cleanups.push(() => client.release());
    await client.query("BEGIN");
    await client.query(`SELECT n FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
    await client.query("COMMIT");

    expect(await leaked).toMatchObject({ phase: "held", inQuery: false, transaction: undefined });
    expect((await report).message.split("\n")[0]).toMatch(
      new RegExp(`^Possible connection leak in pool 'main': a client acquired at ${SITE} ${HELD}; release it in a \`finally\` or use \`withClient\`$`),
    );
  });
});
