// Readiness as "a query can run now": a bounded round trip (the readiness query, PROBE_QUERY) per pool, at most one in flight, its answer
// cached briefly so a storm of /readyz requests costs one query. Handing out an idle client never touches the
// network, so a frozen server or a partition that drops packets would look ready to a connect() + release().
//
// The probe never queues behind the application and never changes the pool: it borrows an idle client when one is
// free and nobody is waiting, and otherwise opens a short-lived connection of its own (outside the pool's counts:
// growing the pool for a probe would show in /readyz, e.g. a tenth connection in a LISTEN pool of nine). So it is
// never one of the pool's "waiting" clients, and an exhausted but healthy pool still answers from the database.
import type pg from "pg";
import { newConnectionsOnly } from "./connection-errors.js";
import { lookupTimedOut, watchLookup } from "./host-lookup.js";
import { LOOP_BLOCKED_MS } from "./leak-detector.js";
import { noneIdleClause, servesWithOpen } from "./pool-counts.js";
import { closeSideClient, sideClient } from "./side-connection.js";

export const DEFAULT_PROBE_TIMEOUT_MS = 2000;
/** pg-pool's `ending`: pool.end() was called. */
export const ENDING_REASON = "the pool is ending (pool.end() was called)";
export const DEFAULT_PROBE_CACHE_MS = 1000;

// The round trip also asks whether the session is read-only (a hot standby, `default_transaction_read_only`): a
// query can run, a write fails with 25006. One column more, the same round trip.
export const PROBE_QUERY = "SELECT 1, current_setting('transaction_read_only') AS read_only";
/** How the reasons name the round trip: what it sends, word for word. */
const PROBE_NAME = `the readiness query (${PROBE_QUERY})`;
type ProbeResult = { rows?: Array<{ read_only?: unknown }> } | undefined;
const readOnlyIn = (result: ProbeResult): boolean => result?.rows?.[0]?.read_only === "on";

export interface ProbeSettings {
  /** The whole round trip (connect, if needed, and the readiness query) must answer within this. */
  timeoutMs: number;
  /** An answer is reused for this long. */
  cacheMs: number;
}

export interface ProbeAnswer {
  ok: boolean;
  /** Why the pool cannot serve, for the /readyz body; undefined when ok. */
  reason?: string;
  /** The round trip went through a client of the pool (so the pool itself handed one out). */
  viaPool: boolean;
  /** The session that answered was read-only (`transaction_read_only` on): writes fail with 25006. */
  readOnly?: boolean;
  /**
   * Not ok only because none of the open connections was idle when no new one could be opened (drill mm): a state of
   * the moment, which the next client given back ends — /readyz says it, the periodic line does not keep it.
   */
  noneIdle?: boolean;
}

export interface ProbeHooks {
  /** A failure to open or use a connection: counted and logged as a connection error. */
  connectionError(error: unknown): void;
  /**
   * A failure that reached the probe after its bound, whose timeout was counted already: the same round trip, so it
   * is not counted again where the connect is observed (connect-attempts.ts).
   */
  countedAlready(error: unknown): void;
  /** Every fresh answer, once (not the cached ones). */
  answered(answer: ProbeAnswer): void;
  /** The pool's open connections (not those still connecting). */
  openConnections(): number;
}

type Done = (release?: unknown) => void;
export type RawConnect = (
  this: pg.Pool,
  callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: Done) => void,
) => unknown;

/** The probe's own connection while it is being opened (the bound's reason says what it was waiting for). */
interface Opening {
  connection: boolean;
  client: object | undefined;
}

/** Thrown into nothing: only marks why a probe timed out in the error counters. */
export class ProbeTimeoutError extends Error {
  readonly code = "timeout";
}

const ignore = (): void => {};

/** pg-pool's queue of waiting checkouts (private `_pendingQueue`), when it has one. */
function pendingQueue(pool: pg.Pool): unknown[] | undefined {
  const queue = (pool as unknown as { _pendingQueue?: unknown })._pendingQueue;
  return Array.isArray(queue) ? queue : undefined;
}

/** `ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:5432)`, or just the message when there is no code. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" && !message.includes(code) ? `${code} (${message})` : message;
}

export class ReadinessProbe {
  private cached: { at: number; answer: ProbeAnswer } | undefined;
  private inFlight: Promise<ProbeAnswer> | undefined;
  // A borrowed checkout that outlived its answer (the pool never handed it out): none is started until it settles.
  private borrowPending = false;
  // A client the pool handed to the probe and not yet given back: pg-pool counts it as checked out.
  private borrowedOut = false;
  // The borrow's entry in pg-pool's queue (its private `_pendingQueue`), while the borrow is pending: see
  // connectingForBorrow().
  private borrowItem: unknown;
  private readonly guarded = new WeakSet<object>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly rawConnect: RawConnect,
    private readonly settings: ProbeSettings,
    private readonly hooks: ProbeHooks,
  ) {}

  /** A connection just failed: a cached success is older than that evidence, so the next check asks again. */
  distrust(): void {
    if (this.cached?.answer.ok) this.cached = undefined;
  }

  /** A connection of the pool opened: a cached failure is older than that evidence, so the next check asks again. */
  connectionOpened(): void {
    if (this.cached !== undefined && !this.cached.answer.ok) this.cached = undefined;
  }

  /**
   * A client given back to the pool: a cached "none of the open connections is idle" failure (drill mm) is a state of
   * the moment that this ends, so the next check asks again rather than repeat it for `cacheMs` (review-32a).
   */
  clientGivenBack(): void {
    if (this.cached?.answer.noneIdle === true) this.cached = undefined;
  }

  /** The cached answer while fresh, the one in flight, or a new round trip. Never rejects. */
  check(): Promise<ProbeAnswer> {
    const cached = this.cached;
    if (cached && performance.now() - cached.at < this.settings.cacheMs) return Promise.resolve(cached.answer);
    this.inFlight ??= this.run().then((answer) => {
      this.cached = { at: performance.now(), answer };
      this.inFlight = undefined;
      try {
        this.hooks.answered(answer);
      } catch {
        // The monitor's bookkeeping must not turn an answer into a rejection.
      }
      return answer;
    });
    return this.inFlight;
  }

  private run(): Promise<ProbeAnswer> {
    return new Promise<ProbeAnswer>((resolve) => {
      const { timeoutMs } = this.settings;
      let settled = false;
      let onTimeout: () => void = ignore;
      // The probe's own connection (dedicated) not opened yet: the readiness query was never sent, and the bound says so.
      const opening: Opening = { connection: false, client: undefined };
      const expire = () => {
        if (settled) return;
        settled = true;
        // The application ended the pool under a borrow: nothing was asked of the database (see queuedInPool).
        if (this.pool.ending) return resolve({ ok: false, reason: ENDING_REASON, viaPool: false });
        // Its host name still being resolved: the database was never asked (host-lookup.ts).
        const lookup = opening.connection && opening.client ? lookupTimedOut(undefined, opening.client, timeoutMs) : undefined;
        const reason = lookup
          ? `cannot connect: ${lookup.message}, for ${PROBE_NAME} (none of the pool's was idle to borrow)`
          : opening.connection
            ? `cannot connect: no connection opened within ${timeoutMs} ms for ${PROBE_NAME} (none of the pool's was idle to borrow)`
            : `no answer to ${PROBE_NAME} within ${timeoutMs} ms`;
        this.connectionError(lookup ?? new ProbeTimeoutError(reason));
        // A name server that does not answer ends no session: the pool's open connections run queries while one is
        // idle or callers queue for them (as for a refused connect, below).
        const noneIdle = lookup === undefined ? "" : this.noneIdle();
        if (lookup !== undefined && this.servesWithOpen()) resolve({ ok: true, viaPool: false });
        else if (noneIdle !== "") resolve({ ok: false, reason: `${reason}${noneIdle}`, viaPool: false, noneIdle: true });
        else resolve({ ok: false, reason, viaPool: false });
        onTimeout();
      };
      // A timer that fires late (the application blocked the event loop) runs before the I/O that arrived
      // meanwhile: the answer is looked for in the next turn's I/O phase first, and a round trip the block held up
      // (a connect needs several) gets a whole bound again after it — the database is not the one that was late.
      let deadline = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        deadline = performance.now() + timeoutMs;
        timer = setTimeout(onTimer, timeoutMs);
        timer.unref();
      };
      const blockedFor = Math.min(LOOP_BLOCKED_MS, timeoutMs / 2);
      const onTimer = () => {
        const firedAt = performance.now();
        const late = firedAt - deadline >= blockedFor;
        setImmediate(() => {
          if (settled) return;
          // Late, or blocked since (a CPU-bound callback after this timer in the same turn): the round trip is given
          // its time again, and its answer, if it came, is read first.
          if (late || performance.now() - firedAt >= blockedFor) arm();
          else expire();
        }); // not unref'd: see LeakDetector.fire
      };
      arm();
      const finish = (answer: ProbeAnswer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const isSettled = () => settled;
      try {
        if (this.pool.ending) {
          finish({ ok: false, reason: ENDING_REASON, viaPool: false });
        } else if (this.canBorrow()) {
          onTimeout = this.borrow(finish, isSettled);
        } else {
          onTimeout = this.dedicated(finish, isSettled, opening);
        }
      } catch (error) {
        finish({ ok: false, reason: `cannot probe: ${describeError(error)}`, viaPool: false });
      }
    });
  }

  /**
   * The probe's own checkout waiting in pg-pool's queue (0 or 1): a borrow is queued until the next tick, and for good
   * when the application calls pool.end() in between (an ending pg-pool neither serves nor rejects its queue). It is
   * in pg-pool's `waitingCount`, and is no caller of the application's.
   */
  queuedInPool(): number {
    return this.borrowPending ? 1 : 0;
  }

  /**
   * The pool's client the probe holds now (0 or 1): in pg-pool's counts as checked out (`totalCount − idleCount`),
   * a slot the application cannot have while the round trip lasts — said as such in the periodic line.
   */
  heldFromPool(): number {
    return this.borrowedOut ? 1 : 0;
  }

  /**
   * pg-pool is opening a new connection for the probe's borrow now: the borrow's entry left pg-pool's queue unanswered
   * (its idle client broke before the hand-out, and pg-pool makes a client for the entry it just took). Asked as that
   * client is constructed (connect-attempts.ts): the connect is the probe's round trip, which counts its failure once —
   * the connect's error when it reaches the probe in time, else the bound's timeout or pg-pool's queue timeout — so the
   * connect is not counted again where it ends. False when pg-pool's queue cannot be read.
   */
  connectingForBorrow(): boolean {
    const item = this.borrowItem;
    if (!this.borrowPending || item === undefined) return false;
    const queue = pendingQueue(this.pool);
    return queue !== undefined && !queue.includes(item);
  }

  /** A new connection cannot be opened: whether the pool's open ones serve a caller now (pool-counts.ts). */
  private servesWithOpen(): boolean {
    return servesWithOpen(this.pool, this.hooks.openConnections());
  }

  /** Said after the failure in the reason when they do not, for want of an idle one (pool-counts.ts). */
  private noneIdle(): string {
    return noneIdleClause(this.pool, this.hooks.openConnections());
  }

  /** pg-pool hands an idle client out at once (on the next tick) when nobody is queued before us. */
  private canBorrow(): boolean {
    return !this.borrowPending && this.pool.waitingCount === 0 && this.pool.idleCount > 0;
  }

  /** The readiness query on an idle client of the pool; returns what to do when the answer times out. */
  private borrow(finish: (answer: ProbeAnswer) => void, isSettled: () => boolean): () => void {
    let client: pg.PoolClient | undefined;
    let release: Done | undefined;
    const giveBack = (error?: Error) => {
      const done = release;
      release = undefined;
      this.borrowedOut = false;
      try {
        done?.(error);
      } catch {
        // Already released: nothing to give back.
      }
    };
    this.borrowPending = true;
    const connect = this.rawConnect;
    const pool = this.pool;
    const call = (callback: Parameters<RawConnect>[0]) => {
      try {
        connect.call(pool, callback);
      } catch (error) {
        // Thrown before the pool took the request: nothing is pending.
        this.borrowPending = false;
        throw error;
      }
    };
    const queue = pendingQueue(pool);
    const queued = queue?.length ?? 0;
    call((err, borrowed, done) => {
      this.borrowPending = false;
      this.borrowItem = undefined;
      if (err || !borrowed) {
        // pg-pool opens a connection for the borrow when the idle client left before its hand-out (it broke, or timed
        // out idle): one that fails after the bound is the round trip already counted as timed out.
        if (!isSettled()) this.connectionError(err);
        else this.quiet(() => this.hooks.countedAlready(err));
        finish({ ok: false, reason: `cannot connect: ${describeError(err)}`, viaPool: true });
        return;
      }
      client = borrowed;
      release = done;
      this.borrowedOut = true;
      // Arrived after the answer was given: untouched, so it goes back as it came.
      if (isSettled()) return giveBack();
      this.guard(borrowed);
      borrowed.query(PROBE_QUERY, (error: Error | null, result: ProbeResult) => {
        if (error) {
          if (!isSettled()) this.connectionError(error);
          finish({ ok: false, reason: `${PROBE_NAME} failed: ${describeError(error)}`, viaPool: true });
          giveBack(error);
          return;
        }
        finish({ ok: true, viaPool: true, readOnly: readOnlyIn(result) });
        giveBack();
      });
    });
    // The entry pg-pool pushed for the borrow (unless it answered at once: an ending pool).
    if (this.borrowPending && queue !== undefined && queue.length === queued + 1) this.borrowItem = queue[queued];
    // pg-pool hands the idle client out on the next tick; an end() called before that strands the borrow in its queue
    // for good. Answered then as an ending pool's at once, not at the bound: a script awaiting only this answer would
    // otherwise end with it unsettled (the bound's timer does not keep the process alive).
    const afterHandOut = setImmediate(() => {
      if (this.borrowPending && this.pool.ending) finish({ ok: false, reason: ENDING_REASON, viaPool: false });
    });
    afterHandOut.unref();
    // A round trip that hangs leaves the connection mid-query: destroy it rather than hand it to the application.
    return () => {
      if (client) giveBack(new Error(`poolguard readiness probe: no answer to ${PROBE_NAME}`));
    };
  }

  /** The readiness query on a connection of the probe's own, opened with the pool's settings and closed after. */
  private dedicated(
    finish: (answer: ProbeAnswer) => void,
    isSettled: () => boolean,
    opening: Opening,
  ): () => void {
    const client = sideClient(this.pool);
    if (typeof client === "string") {
      finish({ ok: false, reason: `cannot probe: ${client}`, viaPool: false });
      return ignore;
    }
    opening.connection = true;
    opening.client = client;
    watchLookup(client);
    client.on("error", ignore);
    let closed = false;
    let connected = false;
    const close = () => {
      if (closed) return;
      closed = true;
      closeSideClient(client, connected);
    };
    client.connect((err: Error | null | undefined) => {
      connected = !err;
      opening.connection = false;
      if (err) {
        if (!isSettled()) this.connectionError(err);
        // The server answered: it refuses one more connection (no slot, or this login: a password changed under the
        // application) — or the host name did not resolve (a DNS failure) — and the pool's open ones run queries (an exhausted pool whose callers time out is unavailable
        // for that, see serve-state.ts). The session was not read, so `readOnly` is left as the last answer found it.
        const refused = newConnectionsOnly(err);
        if (refused && this.servesWithOpen()) finish({ ok: true, viaPool: false });
        else {
          const noneIdle = refused ? this.noneIdle() : "";
          const reason = `cannot connect: ${describeError(err)}${noneIdle}`;
          finish(noneIdle === "" ? { ok: false, reason, viaPool: false } : { ok: false, reason, viaPool: false, noneIdle: true });
        }
        close();
        return;
      }
      if (isSettled()) return close();
      client.query(PROBE_QUERY, (error: Error | null, result: ProbeResult) => {
        if (error && !isSettled()) this.connectionError(error);
        finish(
          error
            ? { ok: false, reason: `${PROBE_NAME} failed: ${describeError(error)}`, viaPool: false }
            : { ok: true, viaPool: false, readOnly: readOnlyIn(result) },
        );
        close();
      });
    });
    return close;
  }

  private guard(client: pg.PoolClient): void {
    // A borrowed client the monitor never saw has no `error` listener of ours: a backend dying under the probe
    // must not crash the process.
    if (this.guarded.has(client)) return;
    this.guarded.add(client);
    client.on("error", ignore);
  }

  private connectionError(error: unknown): void {
    this.quiet(() => this.hooks.connectionError(error));
  }

  private quiet(hook: () => void): void {
    try {
      hook();
    } catch {
      // see check()
    }
  }
}
