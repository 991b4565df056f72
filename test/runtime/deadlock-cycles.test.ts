// Drill 34a (session 34): deadlocks of three or more sessions. Drill rr's lookup asked only whether a blocker waited
// in turn for the reported session itself, so a cycle of three (A waits for B, B for C, C for A) was said as a plain
// lock wait ending "Its query goes on when that transaction ends" — untrue: none of the three ends by itself. The
// lookup now walks the waits from each blocker, to MAX_DEADLOCK_CYCLE sessions; a longer chain is said as one not
// followed. Each cycle is real (PostgreSQL's `deadlock_timeout` raised for the test) and broken by `pg_cancel_backend`.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withTransaction, type LockWaitEvent } from "../../src/runtime/index.js";
import { MAX_DEADLOCK_CYCLE } from "../../src/runtime/lock-waits.js";
import { rowLockFixture } from "./row-lock-fixture.js";

const TABLE = "poolguard_deadlock_cycles";

/** What a member's transaction ended with: "committed", or the error's code. */
type Outcome = Promise<string | undefined>;

describe("deadlocks of three or more sessions (drill 34a)", () => {
  const fixture = rowLockFixture(TABLE, 600);

  /** A gate that opens once `count` members hold their first row. */
  function gate(count: number) {
    let arrived = 0;
    let open!: () => void;
    const all = new Promise<void>((resolve) => (open = resolve));
    return () => (++arrived === count && open(), all);
  }

  /** Member `i` of a cycle of `length`: takes row i + 1, then (once all hold theirs) the next member's row. */
  async function member(client: pg.PoolClient | pg.Client, i: number, length: number, allHold: () => Promise<void>) {
    // Long enough for the lookup to see the cycle before the server breaks it.
    await client.query("SET LOCAL deadlock_timeout = '20s'");
    await client.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = $1`, [i + 1]);
    await allHold();
    await client.query(`UPDATE ${TABLE} SET n = n + 1 WHERE id = $1`, [((i + 1) % length) + 1]);
  }

  const settled = (transaction: Promise<unknown>): Outcome =>
    transaction.then(
      () => "committed",
      (error: { code?: string }) => error.code,
    );

  /** A member on a connection of its own (another service's session), in a transaction rolled back on error. */
  async function outside(i: number, length: number, allHold: () => Promise<void>): Promise<{ pid: number; outcome: Outcome }> {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    fixture.cleanups.push(() => client.end());
    await client.query("BEGIN");
    const outcome = settled(
      member(client, i, length, allHold).then(
        () => client.query("COMMIT"),
        async (error: unknown) => {
          await client.query("ROLLBACK");
          throw error;
        },
      ),
    );
    return { pid: (client as unknown as { processID: number }).processID, outcome };
  }

  async function rows(count: number) {
    await fixture.admin.query(`INSERT INTO ${TABLE} SELECT g, 0 FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`, [count]);
  }

  it("says a cycle of three clients of the pool as a deadlock, each blocker waiting through one other session", async () => {
    await rows(3);
    const { pool, logger, monitor } = fixture.watched();
    const allHold = gate(3);
    const lockWait = new Promise<LockWaitEvent>((resolve) => monitor.once("lock-wait", resolve));
    const line = logger.next((l) => l.message.includes("is waiting for a lock"), 10_000);
    const outcomes = Promise.all([0, 1, 2].map((i) => settled(withTransaction(pool, (client) => member(client, i, 3, allHold)))));
    // The pool (max 3) at its max with a caller queued behind the cycle.
    const queued = pool.query("SELECT 1");
    const event = await lockWait;
    const { message } = await line;
    expect(event.blockers).toHaveLength(1);
    const [blocker] = event.blockers;
    expect(blocker).toMatchObject({ state: "active", deadlock: true, cycleLength: 3, site: expect.stringMatching(/deadlock-cycles\.test\.ts:\d+:\d+$/) });
    expect(message).toBe(
      `Pool 'main': the client acquired at ${event.site} (${event.fn}) and reported as a possible leak is waiting for a ` +
        `lock (${event.waitEvent}, backend ${event.pid}) held by backend ${blocker!.pid} (active), a client of this pool ` +
        `acquired at ${blocker!.site} (${blocker!.fn}) and checked out for ${Math.round(blocker!.heldMs!)} ms. A deadlock: ` +
        `backend ${blocker!.pid} waits, through 1 other session, for a lock this session holds, so no transaction of the ` +
        "cycle ends by itself — the server aborts one of them with 40P01 (deadlock detected) once `deadlock_timeout` (1 s " +
        "by default) has passed, and the others go on. Take the rows (or tables) in the same order in every transaction",
    );
    // Broken for the test's sake (the server would, after its 20 s): one is cancelled, the other two commit in turn.
    await fixture.admin.query("SELECT pg_cancel_backend($1)", [event.pid]);
    expect((await outcomes).sort()).toEqual(["57014", "committed", "committed"]);
    await queued;
  });

  /** A cycle of `length`: one client of the watched pool (the one reported) and `length - 1` sessions of their own. */
  async function cycleThroughOthers(length: number) {
    await rows(length);
    const { pool, logger, monitor } = fixture.watched();
    const allHold = gate(length);
    const lockWait = new Promise<LockWaitEvent>((resolve) => monitor.once("lock-wait", resolve));
    const line = logger.next((l) => l.message.includes("is waiting for a lock"), 10_000);
    // The others take their first rows before the pool's client is checked out, so that the cycle closes well before
    // its report (600 ms after the checkout).
    const others = await Promise.all(Array.from({ length: length - 1 }, (_, k) => outside(k + 1, length, allHold)));
    const reported = settled(withTransaction(pool, (client) => member(client, 0, length, allHold)));
    const event = await lockWait;
    const { message } = await line;
    await fixture.admin.query("SELECT pg_cancel_backend($1)", [event.pid]);
    const outcomes = await Promise.all([reported, ...others.map((o) => o.outcome)]);
    expect(outcomes.sort()).toEqual(["57014", ...Array.from({ length: length - 1 }, () => "committed")]);
    // The reported client waits for member 1's row: member 1 is its one blocker.
    expect(event.blockers.map((b) => b.pid)).toEqual([others[0]!.pid]);
    return { event, blocker: event.blockers[0]!, message };
  }

  it(`says a cycle of ${MAX_DEADLOCK_CYCLE} sessions (the cap) as a deadlock`, async () => {
    const { blocker, message } = await cycleThroughOthers(MAX_DEADLOCK_CYCLE);
    expect(blocker).toEqual({ pid: blocker.pid, state: "active", deadlock: true, cycleLength: MAX_DEADLOCK_CYCLE });
    expect(message).toContain(
      `, not a client of this pool checked out now (another pool or process). A deadlock: backend ${blocker.pid} waits, ` +
        `through ${MAX_DEADLOCK_CYCLE - 2} other sessions, for a lock this session holds, so no transaction of the cycle ` +
        "ends by itself",
    );
  });

  it(`says a cycle of ${MAX_DEADLOCK_CYCLE + 1} sessions (past the cap) as a chain not followed, not as a deadlock`, async () => {
    const { blocker, message } = await cycleThroughOthers(MAX_DEADLOCK_CYCLE + 1);
    expect(blocker).toEqual({ pid: blocker.pid, state: "active", chainNotFollowed: true });
    expect(message).not.toContain("A deadlock");
    expect(message).toMatch(
      new RegExp(
        "Its query goes on when that transaction ends, unless its `lock_timeout` or `statement_timeout` cancels it first " +
          `\\(55P03, 57014\\); backend ${blocker.pid} waits in turn for a chain of sessions longer than the ` +
          `${MAX_DEADLOCK_CYCLE} the lookup follows: should it close on this session, it is a deadlock, which the server ` +
          "breaks with 40P01 \\(deadlock detected\\) once `deadlock_timeout` has passed$",
      ),
    );
  });
});
