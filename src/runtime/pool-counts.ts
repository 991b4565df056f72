// A watched pool's counts as the seed names them (total, idle, waiting, utilisation), of open connections: pg-pool
// counts a client still connecting, which is not one (see open-connections.ts); and of the application's callers:
// pg-pool's waitingCount also counts the readiness probe's own checkout while it is queued (see readiness-probe.ts).
import type pg from "pg";
import type { OpenConnections } from "./open-connections.js";
import type { PoolCounts } from "./pool-messages.js";

export class PoolCounter {
  /** The pool's `max` (pg-pool's default 10). */
  readonly max: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connections: OpenConnections,
    /** The monitor's own checkouts in pg-pool's queue (the readiness probe's). */
    private readonly ownQueued: () => number,
  ) {
    this.max = Number(pool.options?.max) || 10;
  }

  /** Open connections checked out (not those still connecting). */
  used(): number {
    return this.pool.totalCount - this.connections.connecting() - this.pool.idleCount;
  }

  /** The application's callers queued for a client. */
  waiting(): number {
    return Math.max(0, this.pool.waitingCount - this.ownQueued());
  }

  counts(): PoolCounts {
    const totalCount = this.pool.totalCount - this.connections.connecting();
    const idleCount = this.pool.idleCount;
    return {
      totalCount,
      idleCount,
      waitingCount: this.waiting(),
      max: this.max,
      utilizationPercent: Math.round((100 * (totalCount - idleCount)) / this.max),
    };
  }
}
