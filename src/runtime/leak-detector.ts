// HikariCP-style leak detection: a timer armed at checkout carrying the acquire site's stack, cancelled at release.
// When it fires the leak is reported once; if the client comes back later, that is reported once more.
import { resolveSite, type AcquireSite, type CapturedStack } from "./acquire-site.js";
import type { SiteEntry } from "./site-table.js";

/** One checkout, alive from the client being handed out to its release (held in a WeakMap keyed by the client). */
export interface CheckoutRecord {
  startedAt: number;
  captured: CapturedStack | undefined;
  /** Set when the checkout was attributed (sampled) or when a leak needed the site. */
  acquired: AcquireSite | undefined;
  entry: SiteEntry | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  reported: boolean;
}

export interface LeakEvent {
  poolName: string;
  heldMs: number;
  stack: string;
  site: string;
  fn: string;
  phase: "held" | "returned";
}

export function newCheckoutRecord(startedAt: number, captured: CapturedStack | undefined): CheckoutRecord {
  return { startedAt, captured, acquired: undefined, entry: undefined, timer: undefined, reported: false };
}

/** The site of a record, formatting its stack now if nobody needed it before. */
export function siteOf(record: CheckoutRecord): AcquireSite | undefined {
  if (!record.acquired && record.captured) {
    record.acquired = resolveSite(record.captured);
    // An unformatted capture references the frames' functions and receivers; the text is all that is needed now.
    record.captured = undefined;
  }
  return record.acquired;
}

export class LeakDetector {
  // Only the armed records: at most the pool's `max`, and each leaves the set at release or stop().
  private readonly armed = new Set<CheckoutRecord>();

  constructor(
    private readonly poolName: string,
    readonly thresholdMs: number,
    private readonly onHeld: (record: CheckoutRecord, event: LeakEvent) => void,
    private readonly onReturned: (record: CheckoutRecord, event: LeakEvent) => void,
  ) {}

  arm(record: CheckoutRecord): void {
    const timer = setTimeout(this.fire, this.thresholdMs, record);
    timer.unref();
    record.timer = timer;
    this.armed.add(record);
  }

  /** Called at release: cancels the timer, or reports the return of a client already reported as leaked. */
  disarm(record: CheckoutRecord, now: number): void {
    if (record.timer !== undefined) {
      clearTimeout(record.timer);
      record.timer = undefined;
      this.armed.delete(record);
    }
    if (record.reported) this.onReturned(record, this.describe(record, now - record.startedAt, "returned"));
  }

  /** Drops a checkout without reporting anything (its client left the pool without a release). */
  forget(record: CheckoutRecord): void {
    if (record.timer !== undefined) clearTimeout(record.timer);
    record.timer = undefined;
    this.armed.delete(record);
  }

  /** The checkouts still within their threshold (each carries its captured, not yet formatted, stack). */
  pending(): Iterable<CheckoutRecord> {
    return this.armed;
  }

  stopAll(): void {
    for (const record of this.armed) {
      clearTimeout(record.timer);
      record.timer = undefined;
    }
    this.armed.clear();
  }

  private readonly fire = (record: CheckoutRecord): void => {
    try {
      record.timer = undefined;
      this.armed.delete(record);
      record.reported = true;
      this.onHeld(record, this.describe(record, performance.now() - record.startedAt, "held"));
    } catch {
      // A timer callback must never throw.
    }
  };

  private describe(record: CheckoutRecord, heldMs: number, phase: LeakEvent["phase"]): LeakEvent {
    const site = siteOf(record);
    return {
      poolName: this.poolName,
      heldMs,
      stack: site?.stack ?? "",
      site: site?.site ?? "unknown",
      fn: site?.fn ?? "<unknown>",
      phase,
    };
  }
}
