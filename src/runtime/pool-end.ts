// A watched pool after `pool.end()`: whether the application still needs it. A service may end one pool of several
// on purpose (a tenant removed, a pool replaced): a readiness probe that then fails takes every replica out of its
// Service at once, though each serves everything it is asked. The monitor cannot read intent, only what the
// application does: a checkout refused (or timed out) since end() was called, or a caller left queued, is a request
// that needed the pool and could not be served — then the pool cannot serve, and /readyz says so until it is
// unwatched or replaced. An ended pool nobody asked for leaves the monitor by itself.
import type pg from "pg";
import * as messages from "./pool-messages.js";

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
