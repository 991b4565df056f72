// Checkouts sampled for the site table, waiting to be attributed. Attributing means formatting the stack (tens of
// µs), so it never happens inside the application's connect() or release(): the records wait here, bounded, and are
// attributed when someone reads the sites (sites(), the waiting warning), at a leak report, or on the monitor's tick.
import type { CheckoutRecord } from "./leak-detector.js";

/** Sampled checkouts kept between two attributions; more are not sampled (at the default rate: 25,600 checkouts). */
export const MAX_PENDING_SAMPLES = 256;

export class SiteSamples {
  private pending: CheckoutRecord[] = [];

  /** Queues a sampled checkout; false when the queue is full (the checkout then goes uncounted). */
  add(record: CheckoutRecord): boolean {
    if (this.pending.length >= MAX_PENDING_SAMPLES) return false;
    record.pendingSite = true;
    this.pending.push(record);
    return true;
  }

  /** Hands every queued record to `attribute` (each once) and empties the queue. */
  drain(attribute: (record: CheckoutRecord) => void): void {
    if (this.pending.length === 0) return;
    const records = this.pending;
    this.pending = [];
    for (const record of records) {
      record.pendingSite = false;
      attribute(record);
    }
  }
}
