// A watched pool's connections failing: a connect refused or failed, an idle connection cut off (pool `error`, which
// passes the client), a checked-out one whose backend died (client `error`, whose `this` is the client) or whose
// server said FATAL first (server-fatal.ts). Each is counted once, logged at most once an interval
// (connection-errors.ts), distrusts the pool's last answer (serve-state.ts) and opens a connection-error episode.
import { performance } from "node:perf_hooks";
import {
  errorKind,
  errorMessage,
  refusalKind,
  refusedNewConnection,
  serverNotReady,
  tlsRefused,
  unresolvedHost,
  type ConnectionErrors,
} from "./connection-errors.js";
import type { HeldClients } from "./held-clients.js";
import { LOOKUP_TIMEOUT } from "./host-lookup.js";
import type { LeakWatch } from "./leak-watch.js";
import type { PoolAlerts } from "./pool-alerts.js";
import type { PoolCounter } from "./pool-counts.js";
import * as messages from "./pool-messages.js";
import type { ServeState } from "./serve-state.js";
import { UnheardErrors } from "./unheard-errors.js";

export interface ConnectionFailureParts {
  name: string;
  pool: object;
  /** A pool of connections held for the life of the process (a LISTEN handler's): its alerts' advice differs. */
  longLived: boolean;
  errors: ConnectionErrors;
  clients: HeldClients;
  leaks: LeakWatch | undefined;
  counter: PoolCounter;
  serve: ServeState;
  alerts: PoolAlerts;
  /** monitor.unwatch() was called: nothing more is recorded. */
  unwatched: () => boolean;
  /** The monitor's warn line (an error event that only the monitor heard: unheard-errors.ts). */
  warn: (message: string) => void;
}

/**
 * A new connection the server refused, whose host name did not resolve, whose TLS handshake failed or that the server
 * was not ready for (starting up, shutting down) says what the pool had open: stuck below its `max` and serving with
 * those, or never connected. Undefined for other errors.
 */
function newConnectionContext(error: unknown, open: number, max: number): string | undefined {
  if (refusedNewConnection(error)) return messages.refusedAt(open, max);
  // A lookup that ran out of time says so in its own message: the context adds that the database was never asked.
  if (unresolvedHost(error)) {
    const what = errorKind(error) === LOOKUP_TIMEOUT ? "the database was never asked" : "the host name did not resolve";
    return messages.notOpenedAt(what, open, max);
  }
  if (tlsRefused(error)) return messages.notOpenedAt("no TLS connection could be made", open, max);
  if (serverNotReady(error)) return messages.notOpenedAt(messages.NOT_READY, open, max);
  return undefined;
}

export class ConnectionFailures {
  // The errors counted (and their causes: pg-pool wraps a timed-out connect's error), weak: gone with the error. A
  // connect's own failure (connect-attempts.ts) is counted unless its caller's answer was counted first.
  private readonly counted = new WeakSet<object>();

  private readonly unheard: UnheardErrors;

  constructor(private readonly parts: ConnectionFailureParts) {
    this.unheard = new UnheardErrors(parts.name, parts.warn);
  }

  // Each listener first asks whether the application heard the event too (it is being emitted now: see unheard-errors.ts).
  readonly onPoolError = (error: unknown, client?: unknown): void => {
    this.heard("pool", this.parts.pool, this.onPoolError, error);
    this.broke(client, error);
  };
  readonly onClientError = ((self: ConnectionFailures) =>
    function onClientError(this: unknown, error: unknown): void {
      self.heard("client", this, onClientError, error);
      self.broke(this, error);
    })(this);

  private heard(on: "pool" | "client", emitter: unknown, ours: (...args: never[]) => unknown, error: unknown): void {
    if (!this.parts.unwatched()) this.unheard.check(on, emitter, ours, error);
  }

  /** One broken connection is one connection error, however many `error` events pg raises for it. */
  broke(client: unknown, error: unknown): void {
    const { errors, clients, leaks } = this.parts;
    if (this.parts.unwatched()) return;
    if (errors.firstBreak(client)) this.failed(error);
    const record = clients.broke(client, error);
    // Already reported: its report named the site, the lines about the break do not (drill n).
    if (record?.reported) leaks?.lostAfterReport(record);
  }

  /** Whether this error (or an error it wraps) was counted already. */
  wasCounted(error: unknown): boolean {
    return typeof error === "object" && error !== null && this.counted.has(error);
  }

  /** A connection error: a connect that failed, or a connection that broke. */
  failed(error: unknown): void {
    const { name, longLived, errors, counter, serve, alerts } = this.parts;
    try {
      this.mark(error);
      const now = performance.now();
      const context = newConnectionContext(error, counter.counts().totalCount, counter.max);
      errors.record(error, now, context);
      serve.distrust();
      const detail = context === undefined ? errorMessage(error) : `${errorMessage(error)}; ${context}`;
      const alert = () => messages.connectionErrorAlert(name, errorKind(error), detail, longLived);
      alerts.connectionErrors(true, now, alert, refusalKind(error));
    } catch {
      // Instrumentation must never break the application's calls.
    }
  }

  /** Counted elsewhere (the readiness probe's timeout, for the connect it was waiting on): not counted again. */
  mark(error: unknown): void {
    if (typeof error !== "object" || error === null) return;
    this.counted.add(error);
    const cause = (error as { cause?: unknown }).cause;
    if (typeof cause === "object" && cause !== null) this.counted.add(cause);
  }
}
