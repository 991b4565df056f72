// Leak detection for one pool, as its watcher sees it: the detector's timer (leak-detector.ts), the policy deciding
// which checkouts carry a stack (capture-policy.ts), and the reports — one warning line and one `leak` event per
// client, a burst of clients without a stack summed up in one line, and so are their returns (stackless-batch.ts).
import { CapturePolicy, MIN_BOOST_MS, type CaptureStacks } from "./capture-policy.js";
import { abandonedOn } from "./abandoned-query.js";
import { LeakDetector, siteOf, transactionState, type CheckoutRecord, type LeakEvent } from "./leak-detector.js";
import type { LockWaitEvent, LockWaits } from "./lock-waits.js";
import * as messages from "./leak-messages.js";
import { StacklessBatch, StacklessReturns } from "./stackless-batch.js";

/** What the reports need from the monitor. */
export interface LeakHost {
  log(level: "warn", message: string): void;
  notify(event: "leak", payload: LeakEvent): void;
  notify(event: "lock-wait", payload: LockWaitEvent): void;
  /** False after the monitor's stop(): nothing may start a timer. */
  isRunning(): boolean;
}

export interface LeakWatchSettings {
  thresholdMs: number;
  captureStacks: CaptureStacks;
  warnUtilizationPercent: number;
  /** The pool's `max`. */
  max: number;
}

export class LeakWatch {
  readonly capture: CapturePolicy;
  private readonly detector: LeakDetector;
  private readonly stackless: StacklessBatch;
  private readonly stacklessReturns: StacklessReturns;

  constructor(
    private readonly poolName: string,
    settings: LeakWatchSettings,
    private readonly host: LeakHost,
    /** Counts a reported checkout at its site (formatting its stack). */
    private readonly attribute: (record: CheckoutRecord) => void,
    /** Asks the database what a client caught in a query waits for (a lock: who holds it). */
    private readonly lockWaits?: LockWaits,
  ) {
    const { thresholdMs, captureStacks, max, warnUtilizationPercent } = settings;
    this.stackless = new StacklessBatch(poolName, thresholdMs);
    this.stacklessReturns = new StacklessReturns(thresholdMs, (line) => host.log("warn", line));
    this.detector = new LeakDetector(poolName, thresholdMs, this.onHeld, this.onReturned, this.onTickEnd);
    this.capture = new CapturePolicy(captureStacks, max, warnUtilizationPercent, Math.max(MIN_BOOST_MS, 2 * thresholdMs));
  }

  /** A checkout handed out: watched until its release. */
  arm(record: CheckoutRecord): void {
    this.detector.arm(record);
  }

  /** Its client came back (reported once more if it had been reported as leaked). */
  released(record: CheckoutRecord, now: number): void {
    this.detector.disarm(record, now);
    if (record.stackless) this.capture.stacklessLeakEnded(now);
  }

  /** Its client left the pool without a release: nothing to report. */
  forgotten(record: CheckoutRecord, now: number): void {
    this.detector.forget(record);
    if (record.stackless) this.capture.stacklessLeakEnded(now);
  }

  /** The connection of a client reported as a possible leak broke while it is still held: said once, by its site. */
  lostAfterReport(record: CheckoutRecord): void {
    try {
      if (record.connectionLost === undefined) return;
      const site = siteOf(record);
      const where = site ? `${site.site} (${site.fn})` : "an unknown site";
      const line = messages.reportedLeakLost(this.poolName, where, record.connectionLost, transactionState(record.client), record.helper);
      this.host.log("warn", line);
    } catch {
      // Called from the client's `error` event: must never throw.
    }
  }

  /** The checkouts still within the threshold, oldest first. */
  pending(): Iterable<CheckoutRecord> {
    return this.detector.pending();
  }

  /** Resumes the detector's clock after stop() (see LeakDetector.resume). */
  resume(now: number): void {
    this.detector.resume(now);
  }

  stop(): void {
    this.detector.pause();
    // A burst's line held back for the next tick, which will not come.
    for (const line of [...this.stackless.flush(), ...this.stacklessReturns.flush()]) this.host.log("warn", line);
  }

  private readonly onHeld = (record: CheckoutRecord, event: LeakEvent): void => {
    try {
      // Its query in flight left by an earlier holder (drill 34b): not a leak of this holder's, nor of its site.
      const abandoned = event.inQuery ? abandonedOn(record.client) : undefined;
      if (abandoned) event.abandonedQuery = record.abandonedQuery = abandoned;
      this.attribute(record);
      if (record.entry && !abandoned) record.entry.leaks++;
      if (abandoned) {
        this.host.log("warn", messages.leakHeldWarning({ ...event, thresholdMs: this.detector.thresholdMs }));
      } else if (!event.stackCaptured) {
        record.stackless = true;
        const now = performance.now();
        this.capture.stacklessLeakReported(now);
        // Logged at the tick's end, with the others that came due without a stack (see StacklessBatch).
        this.stackless.add(event, now);
      } else {
        const siteLeaks = record.entry?.leaks;
        this.host.log("warn", messages.leakHeldWarning({ ...event, thresholdMs: this.detector.thresholdMs, siteLeaks }));
      }
      this.host.notify("leak", event);
      if (event.inQuery && event.connectionLost === undefined) this.lockWaits?.ask(record, event.site, event.fn);
      else if (event.transaction === "open") this.lockWaits?.ask(record, event.site, event.fn, "hold");
    } catch {
      // A timer callback must never throw.
    }
  };

  private readonly onTickEnd = (next: CheckoutRecord | undefined, now: number): void => {
    try {
      for (const line of this.stackless.tickEnd(next, now)) this.host.log("warn", line);
    } catch {
      // see onHeld
    }
  };

  private readonly onReturned = (record: CheckoutRecord, event: LeakEvent): void => {
    if (record.abandonedQuery) {
      this.host.log("warn", messages.behindAbandonedReturnedWarning({ ...event, thresholdMs: this.detector.thresholdMs }));
      this.host.notify("leak", event);
      return;
    }
    // Those reported without a stack were summed up in one line when they came due together; so are their returns.
    if (!event.stackCaptured) {
      for (const line of this.stacklessReturns.add(event, this.host.isRunning())) this.host.log("warn", line);
    }
    else this.host.log("warn", messages.leakReturnedWarning({ ...event, thresholdMs: this.detector.thresholdMs }));
    this.host.notify("leak", event);
  };
}
