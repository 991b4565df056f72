// Every line the monitor logs, in one place: the seed's wording is a compatibility target, so it is spelled once.
import type { NestedCheckout } from "./waiting-callers.js";
import type { SiteEntry } from "./site-table.js";

export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  max: number;
  utilizationPercent: number;
}

/** info: `Pool 'main': 23% utilized (7/30 active, 23 idle, 0 waiting)` — active is total − idle. */
export function utilizationInfo(poolName: string, counts: PoolCounts): string {
  const active = counts.totalCount - counts.idleCount;
  return (
    `Pool '${poolName}': ${counts.utilizationPercent}% utilized ` +
    `(${active}/${counts.max} active, ${counts.idleCount} idle, ${counts.waitingCount} waiting)`
  );
}

/**
 * warn, instead of the info line while the pool is known not to serve (the info line reads as healthy):
 * `Pool 'main': 0% utilized (0/30 active, 0 idle, 0 waiting); cannot serve: the last connect failed (…)`.
 */
export function cannotServeWarning(poolName: string, counts: PoolCounts, reason: string): string {
  return `${utilizationInfo(poolName, counts)}; cannot serve: ${reason}`;
}

/** The cannot-serve reason when connects hang: callers wait for connections that do not open (open-connections.ts). */
export function stalledConnects(callers: number): string {
  return (
    `no connection opened since the last report while ${callers} caller(s) wait for one ` +
    "(the database does not answer; `connectionTimeoutMillis` bounds their wait)"
  );
}

/**
 * Callers queued when `pool.end()` was called: pg-pool, once ending, closes the clients given back instead of handing
 * them on and never rejects its queue, so they wait until `connectionTimeoutMillis`, or for ever without it.
 */
export function strandedCallers(waiting: number): string {
  return (
    `${waiting} caller(s) queued before it will never get a client ` +
    "(an ending pg-pool neither serves nor rejects them; `connectionTimeoutMillis` fails them)"
  );
}

/**
 * The application asked an ending or ended pool for clients it could not get: it still needs that pool, so the pool
 * cannot serve it (an ended pool nobody asks for is not counted against readiness: see WatchedPool.stillWanted).
 */
export function stillAskedFor(askedSinceEnd: number, waiting: number): string {
  const asked = [
    ...(askedSinceEnd > 0 ? [`${askedSinceEnd} checkout(s) refused or timed out since pool.end()`] : []),
    ...(waiting > 0 ? [`${waiting} caller(s) still queued`] : []),
  ];
  return `the application still asks it for clients (${asked.join(", ")})`;
}

/**
 * Ends the periodic line of a pool whose end() finished: nothing changes after it, so it is said once. A pool nobody
 * asked for since its end leaves the monitor; one still asked for stays unavailable until it is unwatched or replaced.
 */
export function lastLine(poolName: string, stillWanted: boolean): string {
  return stillWanted
    ? "its last line: the monitor drops what it kept for it; /readyz keeps it unavailable while the application asks " +
        `it for clients, until \`monitor.unwatch('${poolName}')\` or a pool watched under its name replaces it`
    : "its last line: nothing asked it for a client since its end, so the monitor stops watching it (it leaves /readyz " +
        "and /metrics)";
}

/**
 * warn, instead of the info line while clients the application holds have lost their connection:
 * `Pool 'listen': 75% utilized (9/12 active, …); 9 of the active clients lost their connection and are still checked out …`.
 */
export function lostConnectionsWarning(poolName: string, counts: PoolCounts, lost: number): string {
  return `${utilizationInfo(poolName, counts)}; ${lostClients(lost)}`;
}

function lostClients(lost: number): string {
  return (
    `${lost} of the active clients lost their connection and are still checked ` +
    "out (their queries fail): release each with `client.release(err)` so that the pool replaces it"
  );
}

/** /readyz's reason for a long-lived pool whose held connections broke (a fresh connection would answer the probe). */
export function deadHoldersReason(lost: number): string {
  return (
    `${lost} of its held connections broke and are still checked out (a LISTEN on them receives nothing): ` +
    "release each with `client.release(err)` and take a new client"
  );
}

/**
 * The periodic line of a pool nobody waits for: the seed's info line, which reads as "healthy", or the warning it
 * escalates to — the pool is known not to serve, clients the application holds are dead (a LISTEN handler's
 * connection: its notifications never arrive), utilisation above the threshold (none given for a longLived pool).
 */
export function periodicLine(
  poolName: string,
  counts: PoolCounts,
  state: { unservable: string | undefined; lost: number; warnUtilizationPercent: number | undefined; timedOut?: number },
): { level: "info" | "warn"; message: string } {
  // Callers that gave up since the last line had requests fail: said, unless the reason already counts them.
  const gaveUp = state.timedOut && !state.unservable?.includes(TIMED_OUT_SINCE_CHECKOUT) ? `; ${timedOutCallers(state.timedOut)}` : "";
  if (state.unservable !== undefined) {
    // Both said: during an outage the dead clients the application holds are what stays broken after it.
    const lost = state.lost > 0 ? `; ${lostClients(state.lost)}` : "";
    return { level: "warn", message: cannotServeWarning(poolName, counts, state.unservable) + lost + gaveUp };
  }
  if (state.lost > 0) return { level: "warn", message: lostConnectionsWarning(poolName, counts, state.lost) + gaveUp };
  const threshold = state.warnUtilizationPercent;
  if (threshold !== undefined && counts.utilizationPercent > threshold) {
    return { level: "warn", message: utilizationWarning(poolName, counts) + gaveUp };
  }
  return { level: gaveUp ? "warn" : "info", message: utilizationInfo(poolName, counts) + gaveUp };
}

/** /readyz's reason for a pool whose queue has not moved for a whole interval (serve-state.ts queueAtTick). */
export function stalledQueue(callers: number): string {
  return (
    `${callers} caller(s) have waited since the last report and no checkout was served meanwhile: the holders ` +
    "release no client (see the waiting line for who holds them)"
  );
}

/** In serve-state.ts's reason for an exhausted pool, which counts the callers that gave up itself. */
export const TIMED_OUT_SINCE_CHECKOUT = "timed out waiting for a client (connectionTimeoutMillis) since the last checkout";

/** `7 caller(s) timed out waiting since the last report (connectionTimeoutMillis)` */
export function timedOutCallers(count: number): string {
  return `${count} caller(s) timed out waiting since the last report (connectionTimeoutMillis)`;
}

/** warn: `Pool 'main' utilization at 87%` */
export function utilizationWarning(poolName: string, counts: PoolCounts): string {
  return `Pool '${poolName}' utilization at ${counts.utilizationPercent}%`;
}

/**
 * Why callers wait in a pool with no connection open: no holder keeps them waiting (the `waiting` alert's "exhausted"
 * would send the reader after a leak), the connections being opened for them do — a burst's first connects, or a
 * database that does not answer — and, when it failed, what the last attempt said.
 */
export function noConnectionOpen(max: number, connecting: number, failure: string | undefined): string {
  const wait = connecting > 0 ? `they wait for the ${connecting} being opened` : "none is being opened for them";
  return `none of its max ${max} connections is open: ${wait}${failure === undefined ? "" : `, and ${failure}`}`;
}

/**
 * warn: `Pool 'main' has 5 waiting client(s)`, with `; top holders: file.ts:42 (12 held), …` when sites are known,
 * and `; 12 more held at sites not captured` for the clients out whose site is not known; with no connection open,
 * `; none of its max 10 connections is open: …` (noConnectionOpen) instead.
 */
export function waitingWarning(
  poolName: string,
  waitingCount: number,
  holders: readonly SiteEntry[],
  unnamed = 0,
  timedOut = 0,
  noneOpen?: string,
  nested?: string,
): string {
  let line = `Pool '${poolName}' has ${waitingCount} waiting client(s)`;
  if (noneOpen !== undefined) line += `; ${noneOpen}`;
  if (holders.length > 0) {
    // Named by line, unless two of them share one (two acquire sites on a line): then by line and column, or the
    // line would read as two holders of the same place.
    const lines = holders.map((h) => h.line);
    const name = (h: SiteEntry) => (lines.indexOf(h.line) === lines.lastIndexOf(h.line) ? h.line : h.site);
    line += `; top holders: ${holders.map((h) => `${name(h)} (${h.held} held)`).join(", ")}`;
    if (unnamed > 0) line += `; ${unnamed} more held at sites not captured`;
  }
  if (nested !== undefined) line += `; ${nested}`;
  // Callers that gave up are the ones whose requests failed: a line about those still waiting must not hide them.
  if (timedOut > 0) line += `; ${timedOutCallers(timedOut)}`;
  return line;
}

/**
 * The waiting line's clause for holders that wait on themselves (waiting-callers.ts): the line to change is where
 * they wait. `the clients held at app.mjs:29 (/nested, 2 held) are held by callers that wait at app.mjs:31 …`
 */
export function nestedCheckouts(nested: readonly NestedCheckout[]): string | undefined {
  if (nested.length === 0) return undefined;
  const each = nested.map(
    ({ holder, waitingAt }) => `at ${holder.line} (${holder.fn}, ${holder.held} held) are held by callers that wait at ${waitingAt}`,
  );
  return (
    `the clients held ${each.join(", and ")} for a second client of the same pool (a nested checkout): once every ` +
    "client is held this way, none comes back until a checkout times out — use the client already held, or release " +
    "it before asking for another"
  );
}

export function sustainedWarning(poolName: string, threshold: number, sustainedMs: number, meanPercent: number): string {
  const duration = sustainedMs < 10_000 ? `${sustainedMs} ms` : `${Math.round(sustainedMs / 1000)} s`;
  return (
    `Pool '${poolName}' utilization averaged ${Math.round(meanPercent)}% over the last ${duration}, above ${threshold}%; ` +
    `find the holders with \`monitor.sites()\` or raise the pool's \`max\``
  );
}

export interface LeakDescription {
  poolName: string;
  heldMs: number;
  thresholdMs: number;
  site: string;
  fn: string;
  stack: string;
  stackCaptured: boolean;
  helper: "withClient" | "withTransaction" | undefined;
  /** A query was in flight on the client (see LeakEvent.inQuery); absent: not known (a return, a burst). */
  inQuery?: boolean;
  /** Its connection broke while held (see LeakEvent.connectionLost). */
  connectionLost?: string | undefined;
  /** Inside a transaction, or a failed one (see LeakEvent.transaction). */
  transaction?: "open" | "failed" | undefined;
  /** How long of the hold the event loop was blocked (see LeakEvent.loopBlockedMs); absent or 0: not said. */
  loopBlockedMs?: number;
  /** The process's CPU time meanwhile (see LeakEvent.loopCpuMs). */
  loopCpuMs?: number;
}

/**
 * The stall of the event loop a late report measured, said as measured: the process's own work when it used the CPU
 * for at least half of the stall, else the process was kept waiting (a synchronous wait, or other processes on the
 * cores) — a late timer alone cannot tell those apart.
 */
function stallClause(blockedMs: number, cpuMs: number): string {
  return 2 * cpuMs >= blockedMs
    ? `, at least ${blockedMs} ms of it with the event loop blocked by this process's own work (${cpuMs} ms of CPU ` +
        "meanwhile: CPU-bound code; nothing could release it)"
    : `, at least ${blockedMs} ms of it with the event loop stalled while this process used ${cpuMs} ms of CPU ` +
        "(kept off the cores by other processes, or waiting in a synchronous call; nothing could release it)";
}

/**
 * Said of a client waiting for a query's answer: what holds it is the query, a lock it waits for, or the database, as
 * far as is known here; when the database says it is a lock, one more line names its holder (lock-waits.ts).
 */
const WAITING_FOR_QUERY =
  "it is waiting for the answer to a query (a slow query, a lock wait, or a database that does not answer)";

/**
 * Said of a client inside a transaction: what it holds meanwhile (the transaction's locks), which a release without
 * an end of the transaction would hand to the next caller still open.
 */
function transactionClause(state: "open" | "failed"): string {
  return state === "open"
    ? "inside an open transaction (BEGIN with no COMMIT or ROLLBACK yet) that holds its locks meanwhile: sessions that need those rows or tables wait for it"
    : "inside a failed transaction (an error after BEGIN, no ROLLBACK yet): its queries fail until ROLLBACK, and it holds its locks meanwhile";
}

export function leakHeldWarning(leak: LeakDescription): string {
  const where = leak.site === "unknown" ? "an unknown site" : `${leak.site} (${leak.fn})`;
  let held = `has been held for ${Math.round(leak.heldMs)} ms (leakDetectionMs ${leak.thresholdMs})`;
  if (leak.loopBlockedMs) held += stallClause(leak.loopBlockedMs, leak.loopCpuMs ?? 0);
  const intro = `Possible connection leak in pool '${leak.poolName}': a client acquired`;
  let head: string;
  if (leak.connectionLost !== undefined) {
    // Whatever held it, the client is dead now (its next query fails): what to do is to give it back for a new one.
    const broke = `its connection broke while it was held (${leak.connectionLost}), so its queries fail`;
    head = leak.helper
      ? `${intro} through \`${leak.helper}\` at ${where} ${held}; ${broke}; \`${leak.helper}\` gives it back when its ` +
        "callback settles, so the callback is still running"
      : `${intro} at ${where} ${held}; ${broke}: release it with \`client.release(err)\` so that the pool replaces it, ` +
        "in a `finally` or with `withClient`";
  } else if (leak.helper) {
    // A helper releases when its callback settles: advice to release in a `finally` would describe the code it has.
    head =
      `${intro} through \`${leak.helper}\` at ${where} ${held}; \`${leak.helper}\` gives it back when its callback ` +
      "settles, so the callback is still running: " +
      (leak.inQuery === undefined
        ? "a slow query, or an `await` that never settles"
        : leak.inQuery
          ? WAITING_FOR_QUERY
          : "an `await` that has not settled (no query is in flight on its client)") +
      (leak.transaction ? `, ${transactionClause(leak.transaction)}` : "");
  } else if (leak.inQuery) {
    // Held by a query in flight (the outage drill's blackholed server, a long report): the missing release is not
    // known yet, and the advice holds only if the client stays out after the answer.
    const within = leak.transaction ? `, ${transactionClause(leak.transaction)}` : "";
    head =
      `${intro} at ${where} ${held}; ${WAITING_FOR_QUERY}${within}. If it is not returned once the query ends, ` +
      "release it in a `finally` or use `withClient`";
  } else if (leak.transaction) {
    // Released as it is, the client would go back to the pool still in its transaction, locks and all.
    head =
      `${intro} at ${where} ${held}; it is idle ${transactionClause(leak.transaction)}. End the transaction ` +
      "(COMMIT, or ROLLBACK on error) and release it in a `finally`, or use `withTransaction`";
  } else {
    head = `${intro} at ${where} ${held}; release it in a \`finally\` or use \`withClient\``;
  }
  if (!leak.stackCaptured) {
    return (
      `${head}. Its stack was not captured (captureStacks "adaptive" samples checkouts while the pool is healthy); ` +
      "every checkout is captured from now on, so the next leak will name its line"
    );
  }
  return leak.stack ? `${head}\n${leak.stack}` : head;
}

/** What one detector tick found held without a stack, taken by the same helper (or by `pool.connect()`). */
export interface StacklessLeaks {
  poolName: string;
  count: number;
  minHeldMs: number;
  maxHeldMs: number;
  thresholdMs: number;
  helper: "withClient" | "withTransaction" | undefined;
  /** Their connections broke while held: the first one's `kind: message`, `…` appended when others differ. */
  connectionLost?: string | undefined;
}

/**
 * warn, once for several clients reported in the same tick without a stack (a burst of leaks taken while the pool
 * was healthy): identical lines, one per client, would say no more than their count. One client: leakHeldWarning.
 */
export function stacklessLeaksWarning(leaks: StacklessLeaks): string {
  const low = Math.round(leaks.minHeldMs);
  const high = Math.round(leaks.maxHeldMs);
  const held = `${low === high ? `${low}` : `${low}–${high}`} ms (leakDetectionMs ${leaks.thresholdMs})`;
  // Dead clients (a restart, pg_terminate_backend, a server timeout): said as leakHeldWarning says it of one.
  const broke =
    leaks.connectionLost === undefined
      ? undefined
      : `their connections broke while they were held (${leaks.connectionLost}), so their queries fail`;
  const intro = `Possible connection leaks in pool '${leaks.poolName}': ${leaks.count} clients acquired`;
  let head: string;
  if (leaks.helper) {
    const running = `\`${leaks.helper}\` gives each back when its callback settles, so the callbacks are still running`;
    head = broke
      ? `${intro} through \`${leaks.helper}\` at unknown sites have been held for ${held}; ${broke}; ${running}`
      : `${intro} through \`${leaks.helper}\` at unknown sites have been held for ${held}; ${running}: slow queries, or ` +
        "`await`s that never settle";
  } else {
    head = broke
      ? `${intro} at unknown sites have been held for ${held}; ${broke}: release each with \`client.release(err)\` so ` +
        "that the pool replaces it, in a `finally` or with `withClient`"
      : `${intro} at unknown sites have been held for ${held}; release them in a \`finally\` or use \`withClient\``;
  }
  return (
    `${head}. Their stacks were not captured (captureStacks "adaptive" samples checkouts while the pool is healthy); ` +
    "every checkout is captured from now on, so the next leak will name its line"
  );
}

/**
 * warn, once, when the connection of a client already reported as a possible leak breaks while it is still held (a
 * restart, `pg_terminate_backend`, `idle_in_transaction_session_timeout`): the report named its site, and the
 * connection-error and lost-client lines that follow name none.
 */
export function reportedLeakLost(poolName: string, where: string, lost: string, transaction: "open" | "failed" | undefined): string {
  const ended = transaction === undefined ? "" : ", and its transaction ended with it (rolled back by the server)";
  return (
    `Pool '${poolName}': the client acquired at ${where} and reported as a possible leak lost its connection while ` +
    `still held (${lost}): its queries fail${ended}; release it with \`client.release(err)\` so that the pool replaces it`
  );
}

export function leakReturnedWarning(leak: LeakDescription): string {
  const where = leak.site === "unknown" ? "an unknown site" : `${leak.site} (${leak.fn})`;
  return (
    `Pool '${leak.poolName}': the client acquired at ${where} and reported as a possible leak was returned ` +
    `after ${Math.round(leak.heldMs)} ms`
  );
}

/**
 * warn, once for several clients reported without a stack that came back together:
 * `Pool 'main': 4 clients acquired at unknown sites and reported as possible leaks were returned after 3702–3746 ms`.
 */
export function stacklessReturnsWarning(leaks: StacklessLeaks): string {
  const low = Math.round(leaks.minHeldMs);
  const high = Math.round(leaks.maxHeldMs);
  return (
    `Pool '${leaks.poolName}': ${leaks.count} clients acquired at unknown sites and reported as possible leaks were ` +
    `returned after ${low === high ? `${low}` : `${low}–${high}`} ms`
  );
}

// The server's timeouts end a session the application left idle: the database is fine, a holder is not. And a
// server that refuses a connection for who asks or what for is up and answering: the settings or grants are wrong.
const CONNECTION_ERROR_ADVICE: Record<string, string> = {
  "28P01":
    "the server is up and refused the pool's credentials (a wrong or changed password): check the user and password " +
    "the pool connects with",
  "28000":
    "the server is up and refused the login (a role that may not log in, or no pg_hba.conf entry for this " +
    "host, user and database): check the role and pg_hba.conf",
  "3D000": "the server is up but the database the pool names does not exist (dropped, or misnamed): check its name",
  "42501":
    "the server is up but the pool's role may not connect to this database (CONNECT revoked): check its grants",
  // 53300 is `max_connections` ("sorry, too many clients already") and a role's or database's CONNECTION LIMIT
  // ("too many connections for role …"): one code, the server's words tell them apart.
  "53300":
    "the server is up but has no connection slot left for this pool (`max_connections`, or a `CONNECTION LIMIT` of " +
    "its role or database: the server's words say which): count the pools and processes that connect to it, and " +
    "their `max`",
  "57P03": "the server is starting up, shutting down or recovering, and accepts no connection yet",
  "25P03":
    "a client was left idle in an open transaction past `idle_in_transaction_session_timeout`: " +
    "its holder is named by the leak reports and `sites()`",
  "57P05":
    "the server closed a session left idle past `idle_session_timeout`: an idle client of the pool (set " +
    "`idleTimeoutMillis` below it) or one a holder kept idle (the leak reports and `sites()` name it)",
};

export const READ_ONLY_REASON =
  "the database is read-only (transaction_read_only is on: a hot standby, or default_transaction_read_only), and " +
  "this pool writes (watch option `writes`): its writes fail with 25006";

/** The `connection-errors` alert: the first error of an episode, with its kind and message, and where to look. */
/**
 * A connection refused for want of a slot (53300), with what the pool had open: a pool stuck below its `max` is told
 * from one that never connected.
 */
export function refusedAt(open: number, max: number): string {
  return open > 0
    ? `refused with ${open} of its max ${max} connections open: the server allows it no more now, and it serves with the ${open} it has`
    : `refused with none of its max ${max} connections open: it cannot serve`;
}

export function connectionErrorAlert(poolName: string, kind: string, detail: string): string {
  const advice = CONNECTION_ERROR_ADVICE[kind] ?? "check that the database is up and reachable";
  return `Pool '${poolName}' connection error: ${kind} (${detail}); ${advice}`;
}
