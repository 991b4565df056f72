// A watched pool's counts as the seed names them (total, idle, waiting, utilisation), of open connections: pg-pool
// counts a client still connecting, which is not one (see open-connections.ts).
import type pg from "pg";
import type { OpenConnections } from "./open-connections.js";
import type { PoolCounts } from "./pool-messages.js";

export class PoolCounter {
  /** The pool's `max` (pg-pool's default 10). */
  readonly max: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connections: OpenConnections,
  ) {
    this.max = Number(pool.options?.max) || 10;
  }

  /** Open connections checked out (not those still connecting). */
  used(): number {
    return this.pool.totalCount - this.connections.connecting() - this.pool.idleCount;
  }

  counts(): PoolCounts {
    const totalCount = this.pool.totalCount - this.connections.connecting();
    const idleCount = this.pool.idleCount;
    return {
      totalCount,
      idleCount,
      waitingCount: this.pool.waitingCount,
      max: this.max,
      utilizationPercent: Math.round((100 * (totalCount - idleCount)) / this.max),
    };
  }
}
