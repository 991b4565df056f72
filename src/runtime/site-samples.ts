// Checkouts sampled for the site table, waiting to be attributed. Attributing means formatting the stack (tens of
// µs), so it never happens inside the application's connect() or release(): the records wait here, bounded, and are
// attributed shortly after in a timer of their own, or earlier when someone reads the sites (sites(), the waiting
// warning) or a leak is reported.
import type { CheckoutRecord } from "./leak-detector.js";

/** Sampled checkouts kept between two attributions; beyond it a sample goes uncounted. */
export const MAX_PENDING_SAMPLES = 256;
/** How soon queued samples are attributed: at most MAX_PENDING_SAMPLES per this many ms are counted. */
export const DRAIN_DELAY_MS = 100;

export class SiteSamples {
  private pending: CheckoutRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly attribute: (record: CheckoutRecord) => void) {}

  /** Queues a sampled checkout; false when the queue is full (the checkout then goes uncounted). */
  add(record: CheckoutRecord): boolean {
    if (this.pending.length >= MAX_PENDING_SAMPLES) return false;
    record.pendingSite = true;
    this.pending.push(record);
    if (this.timer === undefined) {
      this.timer = setTimeout(this.drain, DRAIN_DELAY_MS);
      this.timer.unref();
    }
    return true;
  }

  /** Attributes every queued record (each once) and empties the queue. Never throws. */
  readonly drain = (): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const records = this.pending;
    if (records.length === 0) return;
    this.pending = [];
    for (const record of records) {
      record.pendingSite = false;
      try {
        this.attribute(record);
      } catch {
        // One stack that cannot be read must not stop the others, nor reach a timer's caller.
      }
    }
  };

  /** Drops the queue and its timer (the monitor stopped). */
  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const record of this.pending) record.pendingSite = false;
    this.pending = [];
  }
}
