// Every line the monitor logs, in one place: the seed's wording is a compatibility target, so it is spelled once.
import { CERTIFICATE_KINDS, DATABASE_CLOSED_WORDS, POOLER_FULL_WORDS } from "./connection-errors.js";
import type { NestedCheckout } from "./waiting-callers.js";
import type { SiteEntry } from "./site-table.js";

export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  max: number;
  utilizationPercent: number;
}

/**
 * info: `Pool 'main': 23% utilized (7/30 active, 23 idle, 0 waiting)` — active is total − idle, pg-pool's count of
 * checked-out connections. A client the readiness probe borrowed is one of them (a slot the application cannot have
 * while the round trip lasts), and said: `(6/10 active, 1 of them the readiness probe's, 4 idle, 0 waiting)`.
 */
export function utilizationInfo(poolName: string, counts: PoolCounts, probeHeld = 0): string {
  const active = counts.totalCount - counts.idleCount;
  const probe = probeHeld > 0 && active > 0 ? `, ${Math.min(probeHeld, active)} of them the readiness probe's` : "";
  return (
    `Pool '${poolName}': ${counts.utilizationPercent}% utilized ` +
    `(${active}/${counts.max} active${probe}, ${counts.idleCount} idle, ${counts.waitingCount} waiting)`
  );
}

/**
 * warn, instead of the info line while the pool is known not to serve (the info line reads as healthy):
 * `Pool 'main': 0% utilized (0/30 active, 0 idle, 0 waiting); cannot serve: the last connect failed (…)`.
 */
export function cannotServeWarning(poolName: string, counts: PoolCounts, reason: string, probeHeld = 0): string {
  return `${utilizationInfo(poolName, counts, probeHeld)}; cannot serve: ${reason}`;
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
export function lostConnectionsWarning(poolName: string, counts: PoolCounts, lost: number, probeHeld = 0): string {
  return `${utilizationInfo(poolName, counts, probeHeld)}; ${lostClients(lost)}`;
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
  state: {
    unservable: string | undefined;
    lost: number;
    warnUtilizationPercent: number | undefined;
    timedOut?: number;
    /** Checked-out clients the readiness probe holds now (0 or 1: its borrowed client). */
    probeHeld?: number;
  },
): { level: "info" | "warn"; message: string } {
  // Callers that gave up since the last line had requests fail: said, unless the reason already counts them.
  const gaveUp = state.timedOut && !state.unservable?.includes(TIMED_OUT_SINCE_CHECKOUT) ? `; ${timedOutCallers(state.timedOut)}` : "";
  const probeHeld = state.probeHeld ?? 0;
  if (state.unservable !== undefined) {
    // Both said: during an outage the dead clients the application holds are what stays broken after it.
    const lost = state.lost > 0 ? `; ${lostClients(state.lost)}` : "";
    return { level: "warn", message: cannotServeWarning(poolName, counts, state.unservable, probeHeld) + lost + gaveUp };
  }
  if (state.lost > 0) return { level: "warn", message: lostConnectionsWarning(poolName, counts, state.lost, probeHeld) + gaveUp };
  const threshold = state.warnUtilizationPercent;
  if (threshold !== undefined && counts.utilizationPercent > threshold) {
    return { level: "warn", message: utilizationWarning(poolName, counts) + gaveUp };
  }
  return { level: gaveUp ? "warn" : "info", message: utilizationInfo(poolName, counts, probeHeld) + gaveUp };
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
    ({ holder, idle, waitingAt }) =>
      `at ${holder.line} (${holder.fn}, ${idle === holder.held ? "" : `${idle} of `}${holder.held} held) are held by callers that wait at ${waitingAt}`,
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
  // getaddrinfo: no connection was attempted, so nothing is known of the database itself (drill ff).
  ENOTFOUND:
    "the database's host name does not resolve (DNS: no such name): check the host the pool connects to (a typo, a " +
    "record removed or not yet created, a private name asked of the wrong name server)",
  EAI_AGAIN:
    "the name server did not answer for the database's host name (a DNS failure, often passing): check the name " +
    "server this host uses; connections already open go on",
  ssl:
    "the pool asks for TLS (its `ssl` option, or `sslmode` in its connection string) and the server does not offer " +
    "it (`ssl = off`): turn TLS on at the server, or connect without it",
  lookup_timeout:
    "the name server did not answer for the database's host name before the connect's bound " +
    "(`connectionTimeoutMillis`): a slow or failing DNS, not the database; check the name server this host uses; " +
    "connections already open go on",
  // Drill ii: a restart's window, a smart shutdown waiting for its sessions to leave, a recovery; never a refused login.
  "57P03":
    "the server is starting up, shutting down or recovering (a restart, a failover, a smart shutdown waiting for its " +
    "open sessions to leave) and takes no new session: connects succeed again once it is up; if it lasts, check the " +
    "server's log",
  // One code for a server going down and for one session ended on purpose (drill z): which it was, the pool's other
  // connections say.
  "57P01":
    "an administrator's command ended the session: a shutdown or restart of the server (every connection goes, and " +
    "connects fail until it is back) or `pg_terminate_backend` on it (a person, or a tool that ends idle or long " +
    "sessions); if the pool's other connections go on, the server is up",
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
 * What the `open` connections of a pool that cannot open a new one serve, said after the refused connect: a new
 * connection is asked for only when none of them is idle (pg-pool opens one for a caller that finds none idle, the
 * readiness probe when it has none to borrow). Below its `max`, such a caller fails at once the same way, so they
 * serve only while one is idle; at its `max`, callers queue for the next one given back (pool-counts.ts servesWithOpen).
 */
function servingWith(open: number, max: number): string {
  return open < max
    ? `the ${open} serve only while one is idle, and a caller that finds none fails the same way`
    : `callers queue for the next of the ${open} given back`;
}

/**
 * A new connection refused (no slot, 53300, or the login: connection-errors.ts's REFUSALS), with what the pool had
 * open: a pool stuck below its `max` is told from one that cannot connect at all.
 */
export function refusedAt(open: number, max: number): string {
  return open > 0
    ? `refused with ${open} of its max ${max} connections open, none idle: the server allows it no more now; ${servingWith(open, max)}`
    : `refused with none of its max ${max} connections open: it cannot serve`;
}

/** A connect answered 57P03 (drill ii): the server is there and not ready for new sessions. */
export const NOT_READY = "the server takes no new session now";

/**
 * A new connection that could not be opened for `what` (a host name that did not resolve, a TLS handshake that
 * failed), with what the pool had open: the open ones go on, as servingWith says.
 */
export function notOpenedAt(what: string, open: number, max: number): string {
  return open > 0
    ? `${what}, with ${open} of its max ${max} connections open, none idle: no new connection can be opened now; ${servingWith(open, max)}`
    : `${what}, with none of its max ${max} connections open: it cannot serve`;
}

// TLS (drill gg): the server's refusal of a login without it is a 28000 whose message ends "no encryption"; the
// pool's refusal of the server's certificate is Node's verification error, by its code.
const TLS_REQUIRED =
  "the server accepts this login only over TLS (a `hostssl` line in pg_hba.conf, \"no encryption\") and the pool " +
  "connects without it: set the pool's `ssl` (or `sslmode=require` in its connection string)";
const CERTIFICATE_REFUSED =
  "the server offers TLS and the pool does not trust its certificate (self-signed, an unknown authority, expired, or " +
  "for another host name): give the pool the authority that signed it (`ssl: { ca }`), or fix the certificate";
// PgBouncer's refusal of a client connection past its `max_client_conn` (drill kk): a 08P01 told by its words.
const POOLER_FULL =
  "a connection pooler in front of the database (PgBouncer) has no client connection left for this pool (its " +
  "`max_client_conn`): raise it, or lower the `max` of the pools that connect through it; the connections open go on";
// A database closed to new connections (drill nn): a 55000 told by its words.
const DATABASE_CLOSED =
  "the server is up and the database takes no new connection (`ALLOW_CONNECTIONS false`: maintenance, or a database " +
  "about to be dropped or renamed): the sessions open go on; allow connections again (`ALTER DATABASE … WITH " +
  "ALLOW_CONNECTIONS true`) or point the pool at another database";
function connectionErrorAdvice(kind: string, detail: string): string {
  if (kind === "28000" && /no encryption/.test(detail)) return TLS_REQUIRED;
  if (kind === "55000" && DATABASE_CLOSED_WORDS.test(detail)) return DATABASE_CLOSED;
  if (kind === "08P01" && POOLER_FULL_WORDS.test(detail)) return POOLER_FULL;
  if (CERTIFICATE_KINDS.has(kind)) return CERTIFICATE_REFUSED;
  return CONNECTION_ERROR_ADVICE[kind] ?? "check that the database is up and reachable";
}

// A long-lived pool's connections are held idle by design (a LISTEN waits for notifications): the server's
// idle_session_timeout ends them whatever the pool's idleTimeoutMillis, and such a pool has no leak reports (drill oo).
const LONG_LIVED_IDLE_SESSION =
  "the server closed a session left idle past `idle_session_timeout`, and this long-lived pool's held connections (a " +
  "LISTEN waits idle) are such sessions: exempt them (`options: \"-c idle_session_timeout=0\"` in the pool's settings, " +
  "or `ALTER ROLE … SET idle_session_timeout = 0`), and release each one ended with `client.release(err)`";

export function connectionErrorAlert(poolName: string, kind: string, detail: string, longLived = false): string {
  const advice = longLived && kind === "57P05" ? LONG_LIVED_IDLE_SESSION : connectionErrorAdvice(kind, detail);
  return `Pool '${poolName}' connection error: ${kind} (${detail}); ${advice}`;
}

/**
 * Watched pools the application dropped without end() or unwatch(), collected by the garbage collector (drill jj,
 * watched-set.ts): said once a tick, however many.
 */
export function forgottenPoolsLine(count: number, last: string): string {
  return (
    `${count} watched pool(s) were dropped without end() and collected since the last report (the last: '${last}'); ` +
    "they left /readyz and /metrics. A pool made per request or per job opens connections of its own each time: " +
    "share one pool, or end() each one (which closes its connections at once)"
  );
}
