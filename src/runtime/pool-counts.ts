// A watched pool's counts as the seed names them (total, idle, waiting, utilisation), of open connections: pg-pool
// counts a client still connecting, which is not one (see open-connections.ts); and of the application's callers:
// pg-pool's waitingCount also counts the readiness probe's own checkout while it is queued (see readiness-probe.ts).
import type pg from "pg";
import type { OpenConnections } from "./open-connections.js";
import type { PoolCounts } from "./pool-messages.js";

/** A pool's `max` (pg-pool's default 10). */
export function poolMax(pool: pg.Pool): number {
  return Number(pool.options?.max) || 10;
}

/**
 * When no new connection can be opened (a refusal, a DNS failure…: connection-errors.ts newConnectionsOnly), whether
 * the pool's `open` connections serve a caller now: one is idle, or the pool is at its `max` and a caller queues for
 * the next one given back. Below its `max` with none idle, pg-pool does not queue a caller: it opens a connection for
 * it, and the caller fails with that connect at once (drill mm).
 */
export function servesWithOpen(pool: pg.Pool, open: number): boolean {
  return open > 0 && (pool.idleCount > 0 || pool.totalCount >= poolMax(pool));
}

/** The readiness reason's clause for connections open that do not serve for want of an idle one; "" otherwise. */
export function noneIdleClause(pool: pg.Pool, open: number): string {
  if (open === 0 || servesWithOpen(pool, open)) return "";
  return (
    `, and none of its ${open} open connections is idle: a checkout opens a new connection (the pool is below its ` +
    `max ${poolMax(pool)}), which fails the same way`
  );
}

export class PoolCounter {
  /** The pool's `max` (pg-pool's default 10). */
  readonly max: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connections: OpenConnections,
    /** The monitor's own checkouts in pg-pool's queue (the readiness probe's). */
    private readonly ownQueued: () => number,
  ) {
    this.max = poolMax(pool);
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
