// Which checkouts of a pool with leak detection carry a stack. A capture costs V8 several µs (more in a busy
// process), so `"adaptive"` takes one only where a leak is likely to be looked for: while the pool is under
// pressure (a leak makes the held count grow, so capture turns on exactly when leaks pile up) and after a leak was
// reported without one, until that client is back and a while has passed. `"always"` captures every checkout, as
// HikariCP does. The checkouts sampled for the site table carry a stack in both modes (see WatchedPool).
import type pg from "pg";

export type CaptureStacks = "adaptive" | "always";

export const CAPTURE_STACKS_MODES: readonly CaptureStacks[] = ["adaptive", "always"];

/** The `captureStacks` option, checked: JavaScript callers bypass the types. */
export function captureStacksOption(value: unknown): CaptureStacks {
  if (value === undefined) return "adaptive";
  if (CAPTURE_STACKS_MODES.includes(value as CaptureStacks)) return value as CaptureStacks;
  throw new TypeError(`PoolMonitor: \`captureStacks\` must be "adaptive" or "always", got ${JSON.stringify(value)}`);
}

/** After a leak reported without a stack, every checkout is captured for at least this long. */
export const MIN_BOOST_MS = 60_000;

export class CapturePolicy {
  /** Leaks reported without a stack whose client has not come back yet. */
  private stacklessHeld = 0;
  private boostUntil = -Infinity;
  // Pressure, precomputed: used × 200 ≥ max × warnUtilizationPercent (half of the warning threshold).
  private readonly pressureUsedTimes200: number;

  constructor(
    readonly mode: CaptureStacks,
    max: number,
    warnUtilizationPercent: number,
    private readonly boostMs: number,
  ) {
    this.pressureUsedTimes200 = max * warnUtilizationPercent;
  }

  /** Called at every checkout of a pool with leak detection: must stay a few field reads. */
  wantsStack(pool: pg.Pool): boolean {
    if (this.mode === "always" || this.stacklessHeld > 0) return true;
    // Before this checkout: the counts do not include the caller yet. A caller queued while a client is idle is not
    // waiting for one: pg-pool queues every connect() and hands the idle clients out on the next tick, so callers
    // arriving in the same tick of a healthy pool would count as waiting and be captured.
    const idle = pool.idleCount;
    if ((pool.waitingCount > 0 && idle === 0) || (pool.totalCount - idle) * 200 >= this.pressureUsedTimes200) return true;
    return this.boostUntil > -Infinity && performance.now() < this.boostUntil;
  }

  /** A leak was reported without a stack: capture everything until its client is back, and for a while after. */
  stacklessLeakReported(now: number): void {
    this.stacklessHeld++;
    this.boostUntil = Math.max(this.boostUntil, now + this.boostMs);
  }

  /** The client of a leak reported without a stack came back (or left the pool). */
  stacklessLeakEnded(now: number): void {
    if (this.stacklessHeld > 0) this.stacklessHeld--;
    this.boostUntil = Math.max(this.boostUntil, now + this.boostMs);
  }
}
