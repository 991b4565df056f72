// What a client reported as a possible leak is waiting for, asked of the database. A client caught in a query when
// its report comes due may be running a slow query, waiting for a database that does not answer — or blocked on a
// lock another session holds, often another client of the same pool that its holder left idle in a transaction.
// Only the server knows which: the lookup reads pg_stat_activity and pg_blocking_pids() for the reported clients'
// backends, on a connection of its own (side-connection.ts: never a client of the pool, never queued behind the
// application), at most one in flight per pool, the reports of one tick in one round trip, bounded in time. When a
// backend waits for a lock, one more line names the sessions that hold it, and the pool's clients among them by the
// line that took them; when it runs waiting for no lock, one line says the database is executing it (a slow query,
// and for how long). A client reported idle in an open transaction is looked up too: what its transaction locks
// (the tables) and how many sessions wait for it. The lookup's own failures are not counted as connection errors: the
// pool and the readiness probe see the same outage and count it once.
import type pg from "pg";
import { abandonedOn, type AbandonedQuery } from "./abandoned-query.js";
import { siteOf, type CheckoutRecord } from "./leak-detector.js";
import { abandonedQueryClause } from "./leak-messages.js";
import { closeSideClient, sideClient } from "./side-connection.js";

/** A session that holds a lock a reported client waits for. */
export interface LockBlocker {
  /** Its backend's process id (`pg_backend_pid()`). */
  pid: number;
  /** Its `pg_stat_activity.state` ("idle in transaction", "active", …); null when the server does not show it. */
  state: string | null;
  /** When it is a client of this pool checked out now: where it was acquired, and for how long it has been out. */
  site?: string;
  fn?: string;
  heldMs?: number;
  /**
   * True when it waits in turn, directly or through other sessions, for a lock the reported client's session holds: a
   * deadlock, which no transaction of the cycle ends — the server aborts one of them (40P01) once `deadlock_timeout`
   * has passed (drills rr, 34a).
   */
  deadlock?: true;
  /**
   * With `deadlock`: how many sessions the cycle has, the reported one included (2: each waits for the other; 3: this
   * blocker waits for a session that waits for the reported one). The shortest cycle, up to MAX_DEADLOCK_CYCLE.
   */
  cycleLength?: number;
  /**
   * True when no cycle of up to MAX_DEADLOCK_CYCLE sessions was found but the chain of waits from this blocker goes on
   * past that length, not followed further: it may close on the reported session (a longer deadlock) or not.
   */
  chainNotFollowed?: true;
}

/** A client reported as a possible leak that the database says is waiting for a lock. */
export interface LockWaitEvent {
  poolName: string;
  /** The waiting client's site, as in its `leak` event ("unknown" when its stack was not captured). */
  site: string;
  fn: string;
  /** Its backend's process id. */
  pid: number;
  /** `pg_stat_activity`'s `wait_event_type: wait_event`, e.g. `Lock: transactionid`. */
  waitEvent: string;
  /** The sessions holding the lock (`pg_blocking_pids`). */
  blockers: LockBlocker[];
}

export interface LockWaitHost {
  log(level: "warn", message: string): void;
  notify(event: "lock-wait", payload: LockWaitEvent): void;
  isRunning(): boolean;
  /** The pool's checked-out client whose backend is `pid`, with its checkout. */
  heldByPid(pid: number): CheckoutRecord | undefined;
}

/**
 * The longest cycle of waits the lookup follows, in sessions (the reported one included). The walk from each blocker
 * through pg_blocking_pids goes at most this deep, and a session is expanded at most once per depth: at most this many
 * pg_blocking_pids calls per backend of the server. Cycles seen in applications are of two or three sessions (drill
 * 34a); a longer chain is said as one not followed (`chainNotFollowed`).
 */
export const MAX_DEADLOCK_CYCLE = 5;

// Per blocker b of a waiting backend w: the sessions b waits for, and those they wait for, to MAX_DEADLOCK_CYCLE - 1
// steps; `length` is the step at which w is met (the cycle's sessions), `beyond` whether a session at the last step
// still waits (the chain goes on). UNION keeps one row per (pid, depth): the walk is bounded however the waits branch.
const CYCLE_WALK =
  "(WITH RECURSIVE walk(pid, depth) AS (SELECT b.pid, 1 UNION SELECT n.pid, walk.depth + 1 FROM walk CROSS JOIN " +
  `LATERAL unnest(pg_blocking_pids(walk.pid)) AS n(pid) WHERE walk.depth < ${MAX_DEADLOCK_CYCLE} AND walk.pid <> w.pid) ` +
  "SELECT json_build_object('length', min(depth) FILTER (WHERE pid = w.pid), 'beyond', bool_or(depth = " +
  `${MAX_DEADLOCK_CYCLE} AND pid <> w.pid AND cardinality(pg_blocking_pids(pid)) > 0)) FROM walk)`;

// One row per reported backend: what it waits for and who blocks it (pg_blocking_pids is empty unless it waits for a
// lock), and whether each blocker's waits lead back to it (CYCLE_WALK). The sessions' states are shown for the role's
// own sessions (and to pg_read_all_stats): the pool's are.
// For the backends of $2 (clients reported idle in an open transaction), also the tables their transaction locks and
// how many sessions wait for them: pg_blocking_pids of every backend, asked only then.
export const LOCK_LOOKUP =
  "SELECT w.pid, w.state, w.wait_event_type, w.wait_event, (SELECT json_agg(json_build_object('pid', b.pid, 'state', " +
  `(SELECT a.state FROM pg_stat_activity a WHERE a.pid = b.pid), 'cycle', ${CYCLE_WALK})) ` +
  "FROM unnest(pg_blocking_pids(w.pid)) AS b(pid)) AS blockers, " +
  "CASE WHEN w.pid = ANY($2::int[]) THEN (SELECT json_agg(DISTINCT l.relation::regclass::text) FROM " +
  "pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = w.pid AND l.granted AND c.relkind IN ('r', 'p', 'm')) " +
  "END AS tables, CASE WHEN w.pid = ANY($2::int[]) THEN (SELECT count(*)::int FROM pg_stat_activity o WHERE w.pid = " +
  "ANY(pg_blocking_pids(o.pid))) END AS waiters, (extract(epoch FROM clock_timestamp() - w.query_start) * 1000)::float8 " +
  "AS query_ms FROM pg_stat_activity w WHERE w.pid = ANY($1::int[])";

interface LookupRow {
  pid: number;
  state: string | null;
  wait_event_type: string | null;
  wait_event: string | null;
  blockers: Array<{ pid: number; state: string | null; cycle?: { length?: number | null; beyond?: boolean | null } | null }> | null;
  tables: string[] | null;
  waiters: number | null;
  /** How long its current (or last) query has run, by the server's clock. */
  query_ms: number | null;
}

interface Asked {
  record: CheckoutRecord;
  site: string;
  fn: string;
  /** "wait": caught in a query (what does it wait for?); "hold": idle in an open transaction (what does it lock?). */
  kind: "wait" | "hold";
}

const ignore = (): void => {};

/** The backend process id of a pg client, when it has one. */
function backendPid(client: object | undefined): number | undefined {
  const pid = (client as { processID?: unknown } | undefined)?.processID;
  return typeof pid === "number" && Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function describeBlocker(blocker: LockBlocker): string {
  const state = blocker.state ? ` (${blocker.state})` : "";
  if (blocker.heldMs === undefined) {
    return `backend ${blocker.pid}${state}, not a client of this pool checked out now (another pool or process)`;
  }
  const where = blocker.site === undefined || blocker.site === "unknown" ? "an unknown site" : `${blocker.site} (${blocker.fn})`;
  return `backend ${blocker.pid}${state}, a client of this pool acquired at ${where} and checked out for ${Math.round(blocker.heldMs)} ms`;
}

/** warn: the database says a reported client waits for a lock, and who holds it. */
export function lockWaitWarning(event: LockWaitEvent): string {
  const where = event.site === "unknown" ? "an unknown site" : `${event.site} (${event.fn})`;
  const head =
    `Pool '${event.poolName}': the client acquired at ${where} and reported as a possible leak is waiting for a lock ` +
    `(${event.waitEvent}, backend ${event.pid}) held by ${event.blockers.map(describeBlocker).join("; ")}`;
  const cycle = event.blockers.filter((b) => b.deadlock);
  if (cycle.length > 0) {
    const pair = cycle.every((b) => (b.cycleLength ?? 2) === 2);
    const waits = cycle.map(cycleClause).join(" and ");
    return (
      `${head}. A deadlock: ${waits}, so ${pair ? "neither transaction" : "no transaction of the cycle"} ends by itself ` +
      "— the server aborts one of them with 40P01 (deadlock detected) once `deadlock_timeout` (1 s by default) has " +
      `passed, and the ${pair ? "other goes" : "others go"} on. Take the rows (or tables) in the same order in every transaction`
    );
  }
  const idle = event.blockers.some((b) => b.state === "idle in transaction");
  const unfollowed = event.blockers.filter((b) => b.chainNotFollowed).map((b) => `backend ${b.pid}`);
  return (
    // The waiter's own `lock_timeout` is a setting of its session, which no other session can read (drill rr).
    `${head}. Its query goes on when that transaction ends, unless its \`lock_timeout\` or \`statement_timeout\` ` +
    "cancels it first (55P03, 57014)" +
    (idle ? "; a holder idle in transaction runs nothing meanwhile: its code awaits something else before it commits" : "") +
    (unfollowed.length > 0
      ? `; ${unfollowed.join(" and ")} ${unfollowed.length > 1 ? "wait" : "waits"} in turn for a chain of sessions longer ` +
        `than the ${MAX_DEADLOCK_CYCLE} the lookup follows: should it close on this session, it is a deadlock, which the ` +
        "server breaks with 40P01 (deadlock detected) once `deadlock_timeout` has passed"
      : "")
  );
}

/** How a blocker in a cycle waits for the reported session: in turn (a pair), or through the cycle's other sessions. */
function cycleClause(blocker: LockBlocker): string {
  const through = (blocker.cycleLength ?? 2) - 2;
  if (through <= 0) return `backend ${blocker.pid} waits in turn for a lock this session holds`;
  return `backend ${blocker.pid} waits, through ${through} other session${through > 1 ? "s" : ""}, for a lock this session holds`;
}

/**
 * warn: the database says a reported client's query is running and waits for no lock — a slow query (or, when the
 * query is young and the client old, a holder sending query after query), not a leak nor a server that does not answer;
 * or, when the query is older than the checkout, a query an earlier holder left running on the client.
 */
export function runningQueryWarning(
  poolName: string,
  asked: { site: string; fn: string },
  pid: number,
  timing: { queryMs: number; heldMs: number },
  waitEvent: string | undefined,
  abandoned?: AbandonedQuery,
): string {
  const where = asked.site === "unknown" ? "an unknown site" : `${asked.site} (${asked.fn})`;
  const queryMs = Math.round(timing.queryMs);
  const heldMs = Math.round(timing.heldMs);
  const reported = abandoned !== undefined ? "reported held" : "reported as a possible leak";
  const head =
    `Pool '${poolName}': the client acquired at ${where} and ${reported} is running a query the ` +
    `database is executing (backend ${pid}, active for ${queryMs} ms of the ${heldMs} ms it has been held` +
    `${waitEvent ? `; wait event ${waitEvent}` : ""})`;
  if (abandoned !== undefined) {
    // Known at the release that left it running (drill 34b): which holder, and what.
    return `${head}: a query sent before this checkout, so not its holder's, whose own queries wait behind it: ${abandonedQueryClause(abandoned)}`;
  }
  if (queryMs > heldMs + STARTED_BEFORE_SLACK_MS) {
    return (
      `${head}: a query sent before this checkout, so not its holder's: an earlier holder gave the client back while ` +
      "it ran — a query not awaited before the release, or one that pg's `query_timeout` rejected without cancelling " +
      "it (a client released after that with a plain `release()` goes back to the pool still running it). Its holder's " +
      "own queries wait behind it; release a client whose query timed out with `client.release(err)` (the pool closes " +
      "it), or bound queries with `statement_timeout`, which the server enforces"
    );
  }
  return 2 * queryMs >= heldMs
    ? `${head}: a slow query, not a leak nor a database that does not answer. It comes back when the query ends; ` +
        "`statement_timeout` bounds it"
    : `${head}: busy, its holder sending query after query on it (a long batch or a loop), not leaving it idle`;
}

/**
 * How much longer than the checkout a query must have run, by the server's clock against the monitor's, to have been
 * sent before it (drill pp: a query pg's `query_timeout` gave up on, still running on the client handed out next). The
 * two durations are measured a round trip apart, the hold last: a query of this holder's never reads longer.
 */
const STARTED_BEFORE_SLACK_MS = 50;

/**
 * warn: what a client reported idle in an open transaction holds, as the database says: the tables its transaction
 * locks and how many sessions wait for it.
 */
export function heldLocksWarning(poolName: string, site: string, fn: string, pid: number, tables: readonly string[], waiters: number): string {
  const where = site === "unknown" ? "an unknown site" : `${site} (${fn})`;
  const head = `Pool '${poolName}': the client acquired at ${where} and reported as a possible leak is idle in an open transaction (backend ${pid})`;
  const waiting = waiters > 0 ? `; ${waiters} session(s) wait for its locks` : "; no session waits for them now";
  return tables.length > 0
    ? `${head} that locks ${tables.join(", ")}${waiting}. Its locks go when the transaction ends: COMMIT or ROLLBACK before the release`
    : `${head} that locks no table yet${waiters > 0 ? `; ${waiters} session(s) wait for it` : ""}`;
}

export class LockWaits {
  // Reported backends not looked up yet: at most the pool's `max` (each is a checked-out client).
  private readonly asked = new Map<number, Asked>();
  private running = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly poolName: string,
    private readonly settings: { timeoutMs: number; max: number },
    private readonly host: LockWaitHost,
  ) {}

  /**
   * A client was reported held while a query was in flight on it (`wait`: asks the database what it waits for), or
   * idle in an open transaction (`hold`: what its transaction locks, and who waits for it).
   */
  ask(record: CheckoutRecord, site: string, fn: string, kind: Asked["kind"] = "wait"): void {
    const pid = backendPid(record.client);
    if (pid === undefined || this.asked.size >= this.settings.max) return;
    this.asked.set(pid, { record, site, fn, kind });
    // The other reports of this tick join the same round trip. An immediate runs in this turn of the loop.
    if (!this.running) {
      this.running = true;
      setImmediate(this.lookup);
    }
  }

  private readonly lookup = (): void => {
    const batch = new Map(this.asked);
    this.asked.clear();
    if (batch.size === 0 || !this.host.isRunning()) {
      this.running = false;
      return;
    }
    let client: pg.Client | string;
    try {
      client = sideClient(this.pool);
    } catch {
      client = "cannot open a connection";
    }
    if (typeof client === "string") {
      this.running = false;
      return;
    }
    const side = client;
    side.on("error", ignore);
    let settled = false;
    let connected = false;
    const done = (rows: LookupRow[] | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      closeSideClient(side, connected);
      if (rows) this.answered(rows, batch);
      this.running = false;
      if (this.asked.size > 0) {
        this.running = true;
        setImmediate(this.lookup);
      }
    };
    // The database that does not answer is the readiness probe's to say: the lookup just gives up.
    const timer = setTimeout(() => done(undefined), this.settings.timeoutMs);
    timer.unref();
    try {
      // A lookup in flight must not keep the process alive: nobody awaits it, so its socket is not counted (the
      // readiness probe's is: a script that awaits `readiness()` must get its answer, within its bound).
      (side as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      side.connect((err: Error | null | undefined) => {
        connected = !err;
        if (err || settled) return done(undefined);
        const holders = [...batch].filter(([, asked]) => asked.kind === "hold").map(([pid]) => pid);
        side.query(LOCK_LOOKUP, [[...batch.keys()], holders], (error: Error | null, result: { rows?: LookupRow[] } | undefined) =>
          done(error ? undefined : (result?.rows ?? [])),
        );
      });
    } catch {
      done(undefined);
    }
  };

  private answered(rows: LookupRow[], batch: Map<number, Asked>): void {
    const now = performance.now();
    for (const row of rows) {
      try {
        const asked = batch.get(row.pid);
        if (asked?.kind === "hold") {
          // Still held and still idle in its transaction (given back or ended meanwhile: its other lines say so).
          if (this.host.heldByPid(row.pid) !== asked.record || row.state !== "idle in transaction") continue;
          this.host.log("warn", heldLocksWarning(this.poolName, asked.site, asked.fn, row.pid, row.tables ?? [], row.waiters ?? 0));
          continue;
        }
        // Given back meanwhile: its `returned` report says so, and the wait is over.
        if (!asked || this.host.heldByPid(row.pid) !== asked.record) continue;
        if (row.wait_event_type !== "Lock" || !row.blockers?.length) {
          // Running, waiting for no lock: the database answers, so the report's "a slow query, a lock wait, or a
          // database that does not answer" is the first. Any other state (the answer on its way) is what it said.
          if (row.state !== "active" || typeof row.query_ms !== "number") continue;
          const waitEvent = row.wait_event_type ? `${row.wait_event_type}: ${row.wait_event ?? "unknown"}` : undefined;
          const timing = { queryMs: row.query_ms, heldMs: now - asked.record.startedAt };
          const abandoned = abandonedOn(asked.record.client);
          this.host.log("warn", runningQueryWarning(this.poolName, asked, row.pid, timing, waitEvent, abandoned));
          continue;
        }
        const blockers = row.blockers.map((b): LockBlocker => {
          const held = this.host.heldByPid(b.pid);
          const length = b.cycle?.length;
          const cycle =
            typeof length === "number" && length >= 2
              ? { deadlock: true as const, cycleLength: length }
              : b.cycle?.beyond === true
                ? { chainNotFollowed: true as const }
                : {};
          if (!held) return { pid: b.pid, state: b.state, ...cycle };
          const site = siteOf(held);
          const named = { site: site?.site ?? "unknown", fn: site?.fn ?? "<unknown>", heldMs: now - held.startedAt };
          return { pid: b.pid, state: b.state, ...named, ...cycle };
        });
        const event: LockWaitEvent = {
          poolName: this.poolName,
          site: asked.site,
          fn: asked.fn,
          pid: row.pid,
          waitEvent: `${row.wait_event_type}: ${row.wait_event ?? "unknown"}`,
          blockers,
        };
        this.host.log("warn", lockWaitWarning(event));
        this.host.notify("lock-wait", event);
      } catch {
        // One row's trouble must not stop the others.
      }
    }
  }
}
