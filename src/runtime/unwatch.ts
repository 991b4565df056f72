// What `monitor.unwatch(pool)` undoes: the wrapper around the pool's `connect` and the listeners on the pool and on
// its clients, so that nothing of the monitor's state stays reachable from a pool the application keeps. Errors that
// the monitor's listeners used to absorb are not let loose on the application by the unwatch itself: a pool, or a
// client checked out now, left with no `error` listener gets one that ignores (pg would otherwise crash the process).
import type pg from "pg";
import type { RawConnect } from "./readiness-probe.js";

// Module-level, so it holds nothing of the monitor.
function ignoreError(): void {}

export interface Attached {
  /** The wrapper instrumentConnect() installed, and pg-pool's own connect it wraps. */
  wrapper: typeof pg.Pool.prototype.connect;
  raw: RawConnect;
  /** `raw` was the pool's prototype method when it was watched (not an own `connect` of the application's). */
  overPrototype: boolean;
  onRelease: (...args: never[]) => void;
  onRemove: (...args: never[]) => void;
  onPoolError: (...args: never[]) => void;
  onClientError: (...args: never[]) => void;
  /** Removes the client's other listeners (its protocol connection's); undefined for a client never handed out. */
  detachClient(client: object): void;
  /** Whether the client is checked out now. */
  checkedOut(client: object): boolean;
}

/** Detaches the monitor from `pool`. Never throws. */
export function detachFromPool(pool: pg.Pool, attached: Attached): void {
  try {
    if (pool.connect === attached.wrapper) {
      const inherited = (Object.getPrototypeOf(pool) as { connect?: unknown } | null)?.connect;
      // The wrapper is an own property over pg-pool's prototype method: deleting it restores the original exactly,
      // or what an instrumentation patched the prototype with since (see instrumented-connect.ts).
      if (inherited === attached.raw || attached.overPrototype) delete (pool as { connect?: unknown }).connect;
      else pool.connect = attached.raw as unknown as typeof pool.connect;
    }
  } catch {
    // A frozen pool keeps the wrapper; the watched pool ignores its calls once unwatched.
  }
  const off = (emitter: unknown, event: string, listener: (...args: never[]) => void) => {
    try {
      (emitter as { off(event: string, listener: unknown): unknown }).off(event, listener);
    } catch {
      // see above
    }
  };
  off(pool, "release", attached.onRelease);
  off(pool, "remove", attached.onRemove);
  off(pool, "error", attached.onPoolError);
  try {
    if (pool.listenerCount("error") === 0) pool.on("error", ignoreError);
  } catch {
    // see above
  }
  const clients = (pool as unknown as { _clients?: unknown })._clients;
  if (!Array.isArray(clients)) return;
  for (const client of clients as object[]) {
    try {
      attached.detachClient(client);
      off(client, "error", attached.onClientError);
      const emitter = client as { listenerCount?(event: string): number; on?(event: string, listener: () => void): unknown };
      if (attached.checkedOut(client) && emitter.listenerCount?.("error") === 0) emitter.on?.("error", ignoreError);
    } catch {
      // One odd client must not stop the others.
    }
  }
}
