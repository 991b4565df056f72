// The leaks reported without a stack, logged as one line per helper kind for a burst instead of one per client, and
// their returns as one line for those that come back together.
// A burst of leaks taken while the pool was healthy (captureStacks "adaptive" had not captured them) comes due within
// a few milliseconds, and their lines would be identical but for the held time: the count says the same, in one line.
// The detector's tick ends with the lines held back only while the next checkout due is another one without a stack,
// due within BURST_GAP_MS, and the first line has waited less than MAX_DELAY_MS: a lone leak is logged at its tick.
// Bounded: six groups (pool.connect(), withClient, withTransaction; each with live or broken connections), each a
// count and two numbers.
import type { CheckoutRecord, LeakEvent } from "./leak-detector.js";
import {
  leakHeldWarning,
  leakReturnedWarning,
  stacklessLeaksWarning,
  stacklessReturnsWarning,
  type StacklessLeaks,
} from "./leak-messages.js";

/** Leaks due this close after the last one reported belong to the same burst. */
export const BURST_GAP_MS = 50;
/** The longest the first line of a burst is held back. */
export const MAX_DELAY_MS = 1000;

export class StacklessBatch {
  // Keyed by helper kind and whether the connection broke: a dead client's advice is not a live one's.
  private readonly groups = new Map<string, StacklessLeaks & { first: LeakEvent }>();
  private firstAt = 0;

  constructor(
    private readonly poolName: string,
    private readonly thresholdMs: number,
  ) {}

  add(event: LeakEvent, now: number): void {
    if (this.groups.size === 0) this.firstAt = now;
    const lost = event.connectionLost;
    const key = `${event.helper ?? "connect"}${lost === undefined ? "" : ":lost"}`;
    const group = this.groups.get(key);
    if (!group) {
      const { poolName, thresholdMs } = this;
      this.groups.set(key, {
        poolName,
        thresholdMs,
        count: 1,
        minHeldMs: event.heldMs,
        maxHeldMs: event.heldMs,
        helper: event.helper,
        connectionLost: lost,
        first: event,
      });
      return;
    }
    // Said once: the first one's error, marked when another's differs (a restart's 57P01 beside a timeout's 25P03).
    if (lost !== undefined && lost !== group.first.connectionLost && !group.connectionLost?.endsWith(", …")) {
      group.connectionLost = `${group.connectionLost}, …`;
    }
    group.count++;
    group.minHeldMs = Math.min(group.minHeldMs, event.heldMs);
    group.maxHeldMs = Math.max(group.maxHeldMs, event.heldMs);
  }

  /**
   * At the end of a detector tick: the lines to log now, or none while the burst goes on (`next`, the oldest
   * checkout still within its threshold, has no stack and is due within BURST_GAP_MS).
   */
  tickEnd(next: CheckoutRecord | undefined, now: number): string[] {
    if (this.groups.size === 0) return [];
    const burstGoesOn =
      next !== undefined &&
      next.captured === undefined &&
      next.acquired === undefined &&
      next.startedAt + this.thresholdMs - now <= BURST_GAP_MS &&
      now - this.firstAt < MAX_DELAY_MS;
    return burstGoesOn ? [] : this.flush();
  }

  /** The lines for what was added since the last flush (one per group), and empties the batch. */
  flush(): string[] {
    const lines: string[] = [];
    for (const group of this.groups.values()) {
      lines.push(
        group.count === 1
          ? leakHeldWarning({ ...group.first, thresholdMs: this.thresholdMs })
          : stacklessLeaksWarning(group),
      );
    }
    this.groups.clear();
    return lines;
  }
}

/**
 * The returns of leaks reported without a stack. A burst reported in one line comes back together as often as not
 * (the request that held them ends, the pool is drained): a line per client, each "at an unknown site", would say no
 * more than their count. Returns within BURST_GAP_MS of the first are one line, logged by an unref'd timer (a return
 * happens inside the application's release(), where nothing waits); a lone return keeps the one-client wording.
 * After the monitor's stop() nothing starts: a return is logged at once (stop() must leave no timer behind).
 * Bounded: one group, a count and two numbers.
 */
export class StacklessReturns {
  private group: StacklessLeaks & { first: LeakEvent } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly thresholdMs: number,
    private readonly log: (line: string) => void,
  ) {}

  /** `batch` false (the monitor is stopped): the line is returned to log now, with any held back, and no timer starts. */
  add(event: LeakEvent, batch = true): string[] {
    if (!batch) {
      const lines = this.flush();
      lines.push(leakReturnedWarning({ ...event, thresholdMs: this.thresholdMs }));
      return lines;
    }
    const group = this.group;
    if (group) {
      group.count++;
      group.minHeldMs = Math.min(group.minHeldMs, event.heldMs);
      group.maxHeldMs = Math.max(group.maxHeldMs, event.heldMs);
      return [];
    }
    const { poolName, heldMs, helper } = event;
    this.group = { poolName, thresholdMs: this.thresholdMs, count: 1, minHeldMs: heldMs, maxHeldMs: heldMs, helper, first: event };
    this.timer = setTimeout(this.logNow, BURST_GAP_MS);
    this.timer.unref();
    return [];
  }

  /** The line for the returns not logged yet, if any, and empties the batch (also at stop(): no timer is left). */
  flush(): string[] {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const group = this.group;
    this.group = undefined;
    if (!group) return [];
    return [group.count === 1 ? leakReturnedWarning({ ...group.first, thresholdMs: this.thresholdMs }) : stacklessReturnsWarning(group)];
  }

  private readonly logNow = (): void => {
    try {
      for (const line of this.flush()) this.log(line);
    } catch {
      // A timer callback must never throw.
    }
  };
}
