// Connection errors of one pool: connects that failed, connections that broke (idle or checked out), readiness
// round trips that failed. Counted by kind for /metrics, logged as a rate-limited warning that names the error code,
// so an unreachable database is visible outside /readyz too.

/** Kinds kept per pool; any further kind counts as "other" (the label set of /metrics stays bounded). */
export const MAX_ERROR_KINDS = 16;

// SQLSTATE (`57P01`), Node's system codes (`ECONNREFUSED`, `ENOTFOUND`), and our `timeout`.
const CODE = /^[A-Za-z0-9_]{2,40}$/;

/**
 * An error's text. Never throws: an `error` event carries whatever its emitter passed, and `String()` of an object
 * with no prototype (or a throwing `toString`) throws, into the emitter's `emit` (review-33r).
 */
function textOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

/**
 * The error's kind, a short label: its `code` when it has one (`ECONNREFUSED`, `57P01`, `28P01`, a TLS certificate's
 * `DEPTH_ZERO_SELF_SIGNED_CERT`), `ssl` for a pool that asks for TLS of a server that has it off (pg's error has no
 * code: drill gg), `timeout` for a connect or round trip that ran out of time, `terminated` for a connection closed
 * under us, else `other`.
 */
export function errorKind(error: unknown): string {
  let code: unknown;
  try {
    code = (error as { code?: unknown } | null | undefined)?.code;
  } catch {
    code = undefined;
  }
  if (typeof code === "string" && CODE.test(code)) return code;
  const message = textOf(error);
  // pg: "The server does not support SSL connections"; libpq (pg-native): "server does not support SSL, but SSL was required".
  if (/does not support SSL/i.test(message)) return "ssl";
  if (/timeout|timed out/i.test(message)) return "timeout";
  if (/connection terminated/i.test(message)) return "terminated";
  return "other";
}

/** The error's message on one line, bounded: a message is data from the network. */
export function errorMessage(error: unknown): string {
  const text = textOf(error);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Refusals of a new connection that leave the server's established sessions running: no slot left (53300:
 * `max_connections`, less the superuser reserve and what other clients hold, or a CONNECTION LIMIT of the role or
 * database), and a login refused — 28P01, the password changed under a running application (drill y); 28000, a role
 * that may no longer log in or a pg_hba.conf line; 42501, CONNECT revoked. None of them ends a session already open.
 */
const REFUSALS = new Set(["53300", "28P01", "28000", "42501"]);

/**
 * The server answered and refused a new connection (REFUSALS, a pooler's `max_client_conn`, a database closed to new
 * connections): it is up, and the connections the pool has still run queries — the pool serves with those while one
 * is idle (or it is at its `max`: callers queue) and cannot open more (pool-counts.ts servesWithOpen).
 */
export function refusedNewConnection(error: unknown): boolean {
  return REFUSALS.has(errorKind(error)) || poolerFull(error) || databaseClosed(error);
}

/** The words that tell a database closed to new connections from the other failures of SQLSTATE 55000. */
export const DATABASE_CLOSED_WORDS = /is not currently accepting connections/i;

/**
 * The pool's database takes no new connection (`ALTER DATABASE … WITH ALLOW_CONNECTIONS false`: maintenance, or a
 * drop or rename being prepared; drill nn): 55000 with those words. The sessions open on it go on.
 */
export function databaseClosed(error: unknown): boolean {
  if (errorKind(error) !== "55000") return false;
  const message = error instanceof Error ? error.message : String(error);
  return DATABASE_CLOSED_WORDS.test(message);
}

/**
 * The server (or a pooler in front of it) is up and refuses this pool's new connections for a reason no waiting
 * mends — a refusal (refusedNewConnection), or a database that does not exist (3D000: dropped or renamed under a
 * running application, drill ll): its kind, said in an alert of its own even inside an episode that a session-ending
 * error or the network opened (pool-alerts.ts); undefined for any other error.
 */
export function refusalKind(error: unknown): string | undefined {
  const kind = errorKind(error);
  return kind === "3D000" || refusedNewConnection(error) ? kind : undefined;
}

/** The words that tell PgBouncer's `max_client_conn` refusal from its other 08P01 failures (the alert's advice too). */
export const POOLER_FULL_WORDS = /no more connections allowed/i;

/**
 * A connection pooler in front of the database (PgBouncer) refused a new client connection: its `max_client_conn` is
 * reached (drill kk). PgBouncer says it as FATAL 08P01 "no more connections allowed (max_client_conn)" — 08P01 is
 * also its code for other failures, so the words decide. Like a server's 53300, it ends no connection already open.
 */
export function poolerFull(error: unknown): boolean {
  if (errorKind(error) !== "08P01") return false;
  const message = error instanceof Error ? error.message : String(error);
  return POOLER_FULL_WORDS.test(message);
}

/**
 * A host name that does not resolve: getaddrinfo's answers (no such name; no answer from the name server), and a
 * connect whose bound ran out inside the lookup (host-lookup.ts's `lookup_timeout`).
 */
const UNRESOLVED = new Set(["ENOTFOUND", "EAI_AGAIN", "lookup_timeout"]);

/** The database's host name did not resolve (a DNS failure, drill ff): no connection was attempted. */
export function unresolvedHost(error: unknown): boolean {
  return UNRESOLVED.has(errorKind(error));
}

/** Node's verification errors for a server certificate the pool does not trust (the `connection-errors` alert says so). */
export const CERTIFICATE_KINDS: ReadonlySet<string> = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/**
 * The TLS handshake of a new connection failed (drill gg): the pool asked for TLS and the server has it off (`ssl`),
 * or the pool refused the server's certificate. A server that changes its TLS settings on a reload ends no session.
 */
export function tlsRefused(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === "ssl" || CERTIFICATE_KINDS.has(kind);
}

/**
 * The server is not ready for a new connection (57P03, drill ii): starting up or recovering (no session of before a
 * restart is left then), shutting down in smart mode (`pg_ctl stop -m smart`, SIGTERM to the postmaster: the sessions
 * open go on until they leave), or a standby not yet accepting connections. Not a refusal of the login, not a timeout.
 */
export function serverNotReady(error: unknown): boolean {
  return errorKind(error) === "57P03";
}

/**
 * A new connection could not be opened, and nothing happened to those open: the server refused it (refusedNewConnection),
 * the host name did not resolve (unresolvedHost: a DNS failure ends no session), the TLS handshake failed
 * (tlsRefused), or the server is starting up or shutting down (serverNotReady). The pool serves with the connections
 * it has while one is idle or it is at its `max` (pool-counts.ts servesWithOpen); it is unavailable with none open.
 */
export function newConnectionsOnly(error: unknown): boolean {
  return refusedNewConnection(error) || unresolvedHost(error) || tlsRefused(error) || serverNotReady(error);
}

export function connectionErrorWarning(poolName: string, kinds: ReadonlyMap<string, number>, lastMessage: string): string {
  const total = [...kinds.values()].reduce((sum, n) => sum + n, 0);
  const parts = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ×${n}`);
  return (
    `Pool '${poolName}' connection error(s): ${total} since the last report (${parts.join(", ")}); ` +
    `last: ${lastMessage}`
  );
}

export class ConnectionErrors {
  /** Cumulative counts by kind, for /metrics. */
  readonly byKind = new Map<string, number>();
  total = 0;
  // The errors not yet logged, and when the last line went out.
  private unreported = new Map<string, number>();
  private lastMessage = "";
  private lastLoggedAt = -Infinity;
  private seenSinceTick = false;
  // Connections already counted as broken (weak: gone with the client).
  private readonly broken = new WeakSet<object>();

  constructor(
    private readonly poolName: string,
    /** At most one line per this many ms. */
    private readonly windowMs: number,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Counts the error, and logs at once unless a line went out within the window (then the next line sums it up);
   * `context` is what the pool knew when it happened, said after the error's message.
   */
  record(error: unknown, now: number, context?: string): void {
    const kind = this.bounded(errorKind(error));
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    this.total++;
    this.unreported.set(kind, (this.unreported.get(kind) ?? 0) + 1);
    this.lastMessage = context === undefined ? errorMessage(error) : `${errorMessage(error)} (${context})`;
    this.seenSinceTick = true;
    this.flush(now);
  }

  /**
   * True the first time a connection is seen broken, false after: pg raises more than one \`error\` for one broken
   * connection — an idle client's error reaches both its own listener and the pool's, and a backend killed under a
   * checked-out client raises the server's error (57P01) and then "Connection terminated unexpectedly" when the
   * socket closes — and each is one connection lost, counted with the kind of its first error.
   */
  firstBreak(connection: unknown): boolean {
    if (typeof connection !== "object" || connection === null) return true;
    if (this.broken.has(connection)) return false;
    this.broken.add(connection);
    return true;
  }

  /** Called every interval: logs what the window held back. True when an error was seen since the last tick. */
  tick(now: number): boolean {
    this.flush(now);
    const seen = this.seenSinceTick;
    this.seenSinceTick = false;
    return seen;
  }

  private flush(now: number): void {
    if (this.unreported.size === 0 || now - this.lastLoggedAt < this.windowMs) return;
    this.lastLoggedAt = now;
    const kinds = this.unreported;
    this.unreported = new Map();
    this.warn(connectionErrorWarning(this.poolName, kinds, this.lastMessage));
  }

  private bounded(kind: string): string {
    if (this.byKind.has(kind) || this.byKind.size < MAX_ERROR_KINDS - 1) return kind;
    return "other";
  }
}
