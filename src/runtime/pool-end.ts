// A watched pool after `pool.end()`: whether the application still needs it. A service may end one pool of several
// on purpose (a tenant removed, a pool replaced): a readiness probe that then fails takes every replica out of its
// Service at once, though each serves everything it is asked. The monitor cannot read intent, only what the
// application does: a checkout refused (or timed out) since end() was called, or a caller left queued, is a request
// that needed the pool and could not be served — then the pool cannot serve, and /readyz says so until it is
// unwatched or replaced. An ended pool nobody asked for leaves the monitor by itself.
import type pg from "pg";
import * as messages from "./pool-messages.js";

function nothing(): void {}

/**
 * Sets `fate.ended` when the application calls `pool.end()`, through an own wrapper over the pool's method: a pool
 * ended with no client open (never used, or its idle clients closed before) removes none, so no `remove` event says
 * it, and once dropped it would be said as forgotten (watched-set.ts). The wrapper holds `fate` and the method it
 * wraps, nothing of the monitor. Returns what restores the method (monitor.unwatch()). Never throws.
 */
export function observeEnd(pool: pg.Pool, fate: { ended: boolean }): () => void {
  try {
    const raw: unknown = pool.end;
    if (typeof raw !== "function") return nothing;
    const own = Object.prototype.hasOwnProperty.call(pool, "end");
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      fate.ended = true;
      return Reflect.apply(raw, this, args);
    };
    pool.end = wrapper as typeof pool.end;
    return () => {
      try {
        if (pool.end !== wrapper) return;
        // Over the prototype's method: deleting the wrapper gives back what the prototype has now.
        if (own) pool.end = raw as typeof pool.end;
        else delete (pool as { end?: unknown }).end;
      } catch {
        // A pool frozen since keeps the wrapper: it only marks a fate nobody reads any more.
      }
    };
  } catch {
    // A frozen pool: its `remove` events and the ticks still see the end (see WatchedPool.fate).
    return nothing;
  }
}

export class PoolEnd {
  /** Checkouts that failed since end() was called: pg-pool refused them, or they timed out in its queue. */
  private askedSinceEnd = 0;

  constructor(
    private readonly pool: pg.Pool,
    /** The application's callers queued (see PoolCounter.waiting). */
    private readonly waiting: () => number,
  ) {}

  get ending(): boolean {
    return this.pool.ending === true;
  }

  /** A checkout failed: counted when the pool is ending or has ended. */
  checkoutFailed(): void {
    if (this.pool.ending) this.askedSinceEnd++;
  }

  /** The application asked the ending pool for a client it could not get (or still waits for one). */
  stillWanted(): boolean {
    return this.askedSinceEnd > 0 || this.waiting() > 0;
  }

  /** Ended, and nothing asked for it: nothing left to watch, nor to count against readiness. */
  gone(): boolean {
    return this.pool.ended === true && !this.stillWanted();
  }

  /** Why an ending pool cannot serve: `endReason` and what still asks for it; undefined when nothing does. */
  unservable(endReason: string): string | undefined {
    if (!this.stillWanted()) return undefined;
    return `${endReason}; ${messages.stillAskedFor(this.askedSinceEnd, this.waiting())}`;
  }
}
