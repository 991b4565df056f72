// HikariCP-style leak detection, with one timer per pool instead of one per checkout: arming and cancelling a Node
// timer on every checkout costs more than the rest of the monitor together. Checkouts are armed in the order they
// happen, so the list of armed records is also ordered by deadline: a single timer waits for the oldest one; a
// record released before its deadline just leaves the list, and when the timer fires it reports what is due and
// waits for the next oldest. A leak is reported once when its threshold passes; if the client comes back later,
// that is reported once more. The list is threaded through the records themselves (two links and a flag): arming
// and disarming are a few field writes, where a Set's add and delete hash the record on every checkout.
// A timer that fires late (the application blocked the event loop) runs before the I/O that arrived meanwhile: the
// answers its clients' releases wait for. So the timer only looks at what is due after one turn of the loop.
// A late timer says only that nothing in the process ran: its own CPU-bound code, a synchronous wait, or a machine
// whose other processes kept it off the cores. The process's CPU time over the late stretch tells them apart, so
// the report says which it measured (see LoopStall).
import { resolveSite, type AcquireSite, type CapturedStack } from "./acquire-site.js";
import type { AbandonedQuery } from "./abandoned-query.js";
import type { CheckoutHelper } from "./helper-checkout.js";
import type { SiteEntry } from "./site-table.js";

/** One checkout, alive from the client being handed out to its release (held in its client's slot, see WatchedPool). */
export interface CheckoutRecord {
  startedAt: number;
  captured: CapturedStack | undefined;
  /** Made by withClient/withTransaction, which release when their callback settles. */
  helper: CheckoutHelper | undefined;
  /** The client handed out: a report looks whether it is waiting for a query's answer (see queryInFlight). */
  client: object | undefined;
  /** Set when the checkout was attributed (sampled) or when a leak needed the site. */
  acquired: AcquireSite | undefined;
  entry: SiteEntry | undefined;
  reported: boolean;
  /** Sampled for the site table and not attributed yet (queued in SiteSamples). */
  pendingSite: boolean;
  /** Hold time of a pending sample released before its attribution. */
  heldMs: number | undefined;
  /** Reported as a leak without a stack (captureStacks "adaptive" had not captured it). */
  stackless: boolean;
  /** Its connection broke while it was checked out: the error's kind and message (`57P01: terminating …`). */
  connectionLost: string | undefined;
  /** Reported held behind a query an earlier holder left running (drill 34b): its return is said as that too. */
  abandonedQuery: AbandonedQuery | undefined;
  /** In LeakDetector's armed list, between these neighbours (older: armed before it). */
  armed: boolean;
  armedOlder: CheckoutRecord | undefined;
  armedNewer: CheckoutRecord | undefined;
}

export interface LeakEvent {
  poolName: string;
  heldMs: number;
  stack: string;
  site: string;
  fn: string;
  phase: "held" | "returned";
  /**
   * False when the checkout carried no stack (`captureStacks: "adaptive"` in a healthy pool): `site` is "unknown",
   * and every checkout is captured from then on, so the next leak names its line.
   */
  stackCaptured: boolean;
  /** `stack` with the dependencies' frames (node_modules) kept: what the log line trims to the application's. */
  fullStack: string;
  /**
   * `"withClient"` / `"withTransaction"` when the client was taken by that helper: it is given back when the
   * helper's callback settles, so a report means the callback is still running (a slow query, a hung `await`),
   * not a missing release. Undefined for a client taken with `pool.connect()`.
   */
  helper: CheckoutHelper | undefined;
  /**
   * At a `"held"` report: the client was waiting for the answer to a query sent on it — a slow query, or a database
   * that does not answer, holds it, whatever the code does after (the `"returned"` report says whether it came back).
   * False: no query was in flight on it. Always false at `"returned"`.
   */
  inQuery: boolean;
  /**
   * At a `"held"` report: its connection broke while it was held (the server closed it — a restart,
   * `pg_terminate_backend`, `idle_in_transaction_session_timeout` — or the network cut it), as `kind: message`
   * (`25P03: terminating connection due to idle-in-transaction timeout`); its queries fail. Undefined otherwise.
   */
  connectionLost: string | undefined;
  /**
   * At a `"held"` report of a client whose connection is alive: `"open"` when it is inside a transaction (BEGIN with
   * no COMMIT or ROLLBACK yet: it holds the transaction's locks, and sessions that need them wait), `"failed"` when
   * that transaction failed (every query fails until ROLLBACK), as pg last heard from the server. Undefined otherwise.
   */
  transaction: TransactionState | undefined;
  /**
   * At a `"held"` report: how long, at least, nothing in this process ran (its event loop stalled) past the moment
   * the report came due, when that was a second or more: nothing could release the client meanwhile, and the hold
   * time includes it. 0 otherwise, and at `"returned"`.
   */
  loopBlockedMs: number;
  /**
   * The CPU time this process used while its loop stalled (`loopBlockedMs`), at most (all its threads, over a stretch
   * up to 0.2 s longer): near `loopBlockedMs`, its own CPU-bound code blocked the loop; far below it, the process
   * waited in a synchronous call or was not given the CPU (other processes on the cores). 0 with `loopBlockedMs` 0.
   */
  loopCpuMs: number;
  /**
   * At a `"held"` report with a query in flight: when that query is not this holder's but one an earlier holder of
   * the client left running when it gave the client back with a plain `release()` (a query pg's `query_timeout`
   * rejected without cancelling it, or one not awaited): that holder's site, and the query's text (its first 60
   * characters, every constant elided: elidedQueryText). The client's own queries wait behind it: not a leak of this holder's.
   */
  abandonedQuery?: AbandonedQuery;
}

/** A stretch of the loop's stall: how long nothing ran, and the process's CPU time over it. */
export interface LoopStall {
  ms: number;
  cpuMs: number;
}

const NO_STALL: LoopStall = { ms: 0, cpuMs: 0 };

/** A report that came due this much later than its timer asked (or more) says that the event loop was blocked. */
export const LOOP_BLOCKED_MS = 1000;

// A long wait ends with a short one, so the process's CPU time is read just before the due time: the stretch a late
// timer's CPU is measured over is then at most this much longer than its lateness.
const APPROACH_MS = 100;

/** This process's CPU time (user + system, all threads), ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export type TransactionState = "open" | "failed";

/**
 * The transaction a pg client is in, from the server's last ReadyForQuery (`getTransactionStatus()`, pg 8.8+, or its
 * `_txStatus` field): "T" in a transaction, "E" in a failed one, "I" in none. Undefined when pg does not say.
 */
export function transactionState(client: object | undefined): TransactionState | undefined {
  if (client === undefined) return undefined;
  const fields = client as { getTransactionStatus?: unknown; _txStatus?: unknown };
  const status = typeof fields.getTransactionStatus === "function" ? (fields.getTransactionStatus as () => unknown).call(client) : fields._txStatus;
  return status === "T" ? "open" : status === "E" ? "failed" : undefined;
}

/**
 * Whether pg's client has a query in flight: `_activeQuery` (pg 8.x; the public `activeQuery` getter is deprecated
 * and warns on every read) or `activeQuery` in older 8.x releases, where it is a plain field. pg's JavaScript client
 * clears it when the server is ready for the next query; a pg-native client (`pg.native`) keeps its last query there,
 * marked `state` "end" or "error" once answered.
 */
export function queryInFlight(client: object | undefined): boolean {
  return inFlightQuery(client) !== undefined;
}

/** The query in flight on a pg client (see queryInFlight): pg's Query object, or undefined. Never throws. */
export function inFlightQuery(client: object | undefined): object | undefined {
  if (client === undefined) return undefined;
  try {
    const fields = client as { _activeQuery?: unknown; activeQuery?: unknown };
    const active = "_activeQuery" in fields ? fields._activeQuery : fields.activeQuery;
    if (active === null || typeof active !== "object") return undefined;
    const state = (active as { state?: unknown }).state;
    return state !== "end" && state !== "error" ? active : undefined;
  } catch {
    // A Proxy or a getter of the application's: read as idle rather than lose the report or the waiting line.
    return undefined;
  }
}

/** A checkout's record, as resetCheckoutRecord sets it. */
export function newCheckoutRecord(
  startedAt: number,
  captured: CapturedStack | undefined,
  helper: CheckoutHelper | undefined,
  client?: object,
): CheckoutRecord {
  return resetCheckoutRecord({} as CheckoutRecord, startedAt, captured, helper, client);
}

/**
 * Sets every field of `record` as at a new checkout: a new record's, and a spare one reused for the same client's
 * next checkout (held-clients.ts) — one list, so that a field added later is reset in both.
 */
export function resetCheckoutRecord(
  record: CheckoutRecord,
  startedAt: number,
  captured: CapturedStack | undefined,
  helper: CheckoutHelper | undefined,
  client: object | undefined,
): CheckoutRecord {
  record.startedAt = startedAt;
  record.captured = captured;
  record.helper = helper;
  record.client = client;
  record.acquired = undefined;
  record.entry = undefined;
  record.reported = false;
  record.pendingSite = false;
  record.heldMs = undefined;
  record.stackless = false;
  record.connectionLost = undefined;
  record.abandonedQuery = undefined;
  record.armed = false;
  record.armedOlder = undefined;
  record.armedNewer = undefined;
  return record;
}

/** The site of a record, formatting its stack now if nobody needed it before. */
export function siteOf(record: CheckoutRecord): AcquireSite | undefined {
  if (!record.acquired && record.captured) {
    record.acquired = resolveSite(record.captured);
    // An unformatted capture references the frames' functions and receivers; the text is all that is needed now.
    record.captured = undefined;
  }
  return record.acquired;
}

export class LeakDetector {
  // The checkouts within their threshold, oldest first: at most the pool's `max`, and each leaves at release, when
  // reported, or at stop().
  private oldest: CheckoutRecord | undefined;
  private newest: CheckoutRecord | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  // When the timer is due; and the turn of the loop after it fired, which looks at what is due.
  private dueAt = 0;
  private firedAt = 0;
  // The process's CPU time read shortly before the due time, and when the timer fired (see LoopStall).
  private cpuBefore = 0;
  private cpuAtFire = 0;
  private check: ReturnType<typeof setImmediate> | undefined;

  constructor(
    private readonly poolName: string,
    readonly thresholdMs: number,
    private readonly onHeld: (record: CheckoutRecord, event: LeakEvent) => void,
    private readonly onReturned: (record: CheckoutRecord, event: LeakEvent) => void,
    /** After the reports of one tick, with the oldest checkout still within its threshold (due next). */
    private readonly onTickEnd: (next: CheckoutRecord | undefined, now: number) => void = () => {},
  ) {}

  /** Called at checkout, in checkout order (`record.startedAt` never decreases from one call to the next). */
  arm(record: CheckoutRecord): void {
    if (record.armed) return;
    record.armed = true;
    record.armedOlder = this.newest;
    record.armedNewer = undefined;
    if (this.newest) this.newest.armedNewer = record;
    else this.oldest = record;
    this.newest = record;
    if (this.timer === undefined && this.check === undefined) this.schedule(this.thresholdMs);
  }

  /** Called at release: stops watching the checkout, or reports the return of a client already reported as leaked. */
  disarm(record: CheckoutRecord, now: number): void {
    // The timer is left as it is: when it fires for a released record it just waits for the next one.
    this.unlink(record);
    if (record.reported) this.onReturned(record, this.describe(record, now - record.startedAt, "returned"));
  }

  /** Drops a checkout without reporting anything (its client left the pool without a release). */
  forget(record: CheckoutRecord): void {
    this.unlink(record);
  }

  /** The checkouts still within their threshold, oldest first (each carries its captured, not yet formatted, stack). */
  *pending(): Iterable<CheckoutRecord> {
    for (let record = this.oldest; record !== undefined; record = record.armedNewer) yield record;
  }

  /**
   * Stops the clock: no timer is left, nothing is reported. The checkouts still out stay listed (at most `max`; each
   * leaves at its release), so that resume() reports those that outlive their threshold.
   */
  pause(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.check !== undefined) clearImmediate(this.check);
    this.timer = undefined;
    this.check = undefined;
  }

  /** Starts the clock again: what came due meanwhile is reported at once, the rest when it comes due. */
  resume(now: number): void {
    if (this.timer !== undefined || this.check !== undefined || this.oldest === undefined) return;
    this.schedule(this.oldest.startedAt + this.thresholdMs - now);
  }

  private unlink(record: CheckoutRecord): void {
    if (!record.armed) return;
    record.armed = false;
    const older = record.armedOlder;
    const newer = record.armedNewer;
    if (older) older.armedNewer = newer;
    else this.oldest = newer;
    if (newer) newer.armedOlder = older;
    else this.newest = older;
    record.armedOlder = undefined;
    record.armedNewer = undefined;
  }

  private schedule(delayMs: number): void {
    // Node fires a timer after at least 1 ms; a fraction left over is rounded up so the record is due by then.
    const delay = Math.max(1, Math.ceil(delayMs));
    this.dueAt = performance.now() + delay;
    this.cpuBefore = cpuMs();
    this.timer = delay > 2 * APPROACH_MS ? setTimeout(this.approach, delay - APPROACH_MS) : setTimeout(this.fire, delay);
    this.timer.unref();
  }

  /** Shortly before the due time: the CPU time is read, and the rest of the wait starts (see APPROACH_MS). */
  private readonly approach = (): void => {
    this.timer = undefined;
    try {
      const left = this.dueAt - performance.now();
      // Already due (the stall began before this wake-up): the CPU time read at schedule() covers it.
      if (left <= 0) return this.fire();
      this.cpuBefore = cpuMs();
      this.timer = setTimeout(this.fire, Math.ceil(left));
      this.timer.unref();
    } catch {
      // A timer callback must never throw.
    }
  };

  private readonly fire = (): void => {
    this.timer = undefined;
    try {
      this.firedAt = performance.now();
      this.cpuAtFire = cpuMs();
      const late = this.firedAt - this.dueAt;
      const stall = late >= LOOP_BLOCKED_MS ? { ms: Math.round(late), cpuMs: Math.round(this.cpuAtFire - this.cpuBefore) } : NO_STALL;
      // The I/O phase between this timer and the immediate runs the releases that waited for the loop.
      // Not unref'd: an unref'd immediate lets the I/O phase wait for the next event, which may be far off. It runs
      // in the next turn, so it keeps no process alive.
      this.check = setImmediate(this.look, stall);
    } catch {
      // A timer callback must never throw.
    }
  };

  private readonly look = (stall: LoopStall): void => {
    this.check = undefined;
    try {
      const now = performance.now();
      // Blocked after the timer fired (a CPU-bound callback later in the same turn): the I/O that arrived meanwhile
      // is read in the next turn, before an immediate queued now runs.
      const blocked = now - this.firedAt;
      if (blocked >= LOOP_BLOCKED_MS) {
        const cpu = cpuMs();
        const since = { ms: Math.round(blocked), cpuMs: Math.round(cpu - this.cpuAtFire) };
        this.firedAt = now;
        this.cpuAtFire = cpu;
        this.check = setImmediate(this.look, since.ms > stall.ms ? since : stall);
        return;
      }
      this.reportDue(now, stall);
      this.onTickEnd(this.oldest, now);
    } catch {
      // see fire
    }
  };

  private reportDue(now: number, stall: LoopStall): void {
    for (let record = this.oldest; record !== undefined; record = this.oldest) {
      const dueIn = record.startedAt + this.thresholdMs - now;
      if (dueIn > 0) {
        this.schedule(dueIn);
        return;
      }
      this.unlink(record);
      record.reported = true;
      try {
        this.onHeld(record, this.describe(record, now - record.startedAt, "held", stall));
      } catch {
        // One report's trouble must not stop the others.
      }
    }
  }

  private describe(record: CheckoutRecord, heldMs: number, phase: LeakEvent["phase"], stall = NO_STALL): LeakEvent {
    const stackCaptured = record.captured !== undefined || record.acquired !== undefined;
    const site = siteOf(record);
    return {
      poolName: this.poolName,
      heldMs,
      stack: site?.stack ?? "",
      site: site?.site ?? "unknown",
      fn: site?.fn ?? "<unknown>",
      phase,
      stackCaptured,
      fullStack: site?.fullStack ?? "",
      helper: record.helper,
      inQuery: phase === "held" && queryInFlight(record.client),
      connectionLost: phase === "held" ? record.connectionLost : undefined,
      // A broken connection's transaction ended with its backend, whatever pg last heard.
      transaction: phase === "held" && record.connectionLost === undefined ? transactionState(record.client) : undefined,
      // Blocked past the due time, so no more than the hold itself.
      loopBlockedMs: Math.min(stall.ms, Math.round(heldMs)),
      loopCpuMs: stall.cpuMs,
    };
  }
}
