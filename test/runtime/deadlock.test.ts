// Drill rr (session 33): two transactions of one pool that take two rows in opposite orders, under a pool at its
// `max` with callers queued. Each waiter's report was followed by a lock-wait line naming the other as the holder —
// true — and ending "Its query goes on when that transaction ends": untrue of a deadlock, where neither transaction
// ends by itself and the server aborts one (40P01) once `deadlock_timeout` has passed. The lookup now asks whether a
// blocker waits in turn for the reported session, and says the deadlock.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { withTransaction, type LockWaitEvent } from "../../src/runtime/index.js";
import { rowLockFixture } from "./row-lock-fixture.js";

const TABLE = "poolguard_deadlock";

describe("two transactions of the pool in a deadlock (drill rr)", () => {
  const fixture = rowLockFixture(TABLE, 300);

  /** Takes `first` then `second`, the second once both transactions hold their first row. */
  function crossing(pool: pg.Pool, first: number, second: number, bothHold: () => Promise<void>) {
    return withTransaction(pool, async (client) => {
      // Long enough for the lookup to see the cycle before the server breaks it.
      await client.query("SET LOCAL deadlock_timeout = '10s'");
      await client.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = $1`, [first]);
      await bothHold();
      await client.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = $1`, [second]);
    }).then(
      () => "committed",
      (error: { code?: string }) => error.code,
    );
  }

  it("says each waits for the other, and that the server will abort one of them", async () => {
    await fixture.admin.query(`INSERT INTO ${TABLE} VALUES (2, 0) ON CONFLICT DO NOTHING`);
    const { pool, logger, monitor } = fixture.watched();
    let arrived = 0;
    let open!: () => void;
    const both = new Promise<void>((resolve) => (open = resolve));
    const bothHold = () => (++arrived === 2 && open(), both);
    const lockWait = new Promise<LockWaitEvent>((resolve) => monitor.once("lock-wait", resolve));
    const line = logger.next((l) => l.message.includes("is waiting for a lock"), 10_000);
    const outcomes = Promise.all([crossing(pool, 1, 2, bothHold), crossing(pool, 2, 1, bothHold)]);
    // The pool (max 3) at its max with a caller queued behind the two.
    const queued = Promise.all([pool.query("SELECT pg_sleep(0.5)"), pool.query("SELECT 1")]);
    const event = await lockWait;
    const { message } = await line;
    expect(event.blockers).toHaveLength(1);
    const [blocker] = event.blockers;
    expect(blocker).toMatchObject({ state: "active", deadlock: true, site: expect.stringMatching(/deadlock\.test\.ts:\d+:\d+$/) });
    expect(message).toBe(
      `Pool 'main': the client acquired at ${event.site} (${event.fn}) and reported as a possible leak is waiting for a ` +
        `lock (${event.waitEvent}, backend ${event.pid}) held by backend ${blocker!.pid} (active), a client of this pool ` +
        `acquired at ${blocker!.site} (${blocker!.fn}) and checked out for ${Math.round(blocker!.heldMs!)} ms. A deadlock: ` +
        `backend ${blocker!.pid} waits in turn for a lock this session holds, so neither transaction ends by itself — the ` +
        "server aborts one of them with 40P01 (deadlock detected) once `deadlock_timeout` (1 s by default) has passed, " +
        "and the other goes on. Take the rows (or tables) in the same order in every transaction",
    );
    // Broken for the test's sake (the server would, after its 10 s): one is aborted, the other commits.
    await fixture.admin.query("SELECT pg_cancel_backend($1)", [event.pid]);
    expect((await outcomes).sort()).toEqual(["57014", "committed"]);
    await queued;
  });
});
