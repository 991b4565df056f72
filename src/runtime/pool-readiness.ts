// Whether one watched pool can serve, for /readyz and snapshot(): what its ServeState knows (the last connect or
// round trip, callers timing out, the readiness query's answer), an ending pool the application still asks for
// (pool-end.ts), a long-lived pool's dead holders, and a read-only database under a pool that writes.
import * as messages from "./pool-messages.js";
import type { PoolEnd } from "./pool-end.js";
import type { ServeState } from "./serve-state.js";

export class PoolReadiness {
  constructor(
    private readonly serve: ServeState,
    private readonly end: PoolEnd,
    private readonly kind: { longLived: boolean; writes: boolean },
    /** Checked-out clients whose connection broke, still held. */
    private readonly lost: () => number,
  ) {}

  /**
   * Known now, without asking the database: the last attempt or round trip failed, callers time out, or a long-lived
   * pool holds dead connections.
   */
  cannotServe(): boolean {
    if (this.end.ending) return this.end.stillWanted();
    return this.serve.reason() !== undefined || this.deadHolders() !== undefined || this.readOnlyReason() !== undefined;
  }

  /** Whether a query can run now (see serve-state.ts), and a long-lived pool's held connections are alive. Never rejects. */
  async ready(): Promise<{ ok: boolean; reason?: string }> {
    if (this.end.ending) return this.endingAnswer();
    const answer = await this.serve.ready();
    // Ended while the round trip was out (its borrow stranded in pg-pool's queue, see readiness-probe.ts): an ending
    // pool is judged as one.
    if (this.end.ending) return this.endingAnswer();
    if (!answer.ok) return answer;
    const dead = this.deadHolders() ?? this.readOnlyReason();
    return dead === undefined ? answer : { ok: false, reason: dead };
  }

  /** An ending pool nothing asks for is not counted against readiness (see pool-end.ts). */
  private endingAnswer(): { ok: boolean; reason?: string } {
    const reason = this.end.unservable(this.serve.endReason() ?? "");
    return reason === undefined ? { ok: true } : { ok: false, reason };
  }

  /** A pool the application writes through cannot serve it while the database's sessions are read-only. */
  readOnlyReason(): string | undefined {
    return this.kind.writes && this.serve.readOnly ? messages.READ_ONLY_REASON : undefined;
  }

  /**
   * A long-lived pool is its held connections (a LISTEN handler's): one that broke receives nothing, though a fresh
   * connection answers the probe's readiness query. In an ordinary pool a dead client is its holder's (its next query
   * fails, and it goes back), and the pool still serves.
   */
  private deadHolders(): string | undefined {
    if (!this.kind.longLived || this.lost() === 0) return undefined;
    return messages.deadHoldersReason(this.lost());
  }
}
