// The wrapper that replaces a watched pool's `connect`: the only place that knows both the caller's stack and the
// client it gets. It runs inside every checkout of the application, so it decides in a few reads whether to capture
// a stack and otherwise only forwards pg-pool's answer, in pg-pool's own two forms (callback, or promise).
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { captureStack, type CapturedStack } from "./acquire-site.js";
import type { CapturePolicy } from "./capture-policy.js";
import { takeCheckoutMark, type CheckoutHelper } from "./helper-checkout.js";
import type { RawConnect } from "./readiness-probe.js";

type ConnectCallback = Parameters<RawConnect>[0];

/** What the wrapper reports to the watched pool. */
export interface CheckoutObserver {
  /** pg-pool answered a checkout (a client, or the error it failed with). Never throws. */
  connected(
    err: Error | undefined,
    client: pg.PoolClient | undefined,
    startedAt: number,
    captured: CapturedStack | undefined,
    sampled: boolean,
    helper: CheckoutHelper | undefined,
  ): void;
  /** Called after pg-pool took the request (with the caller's stack, if captured): it may be queued now. Never throws. */
  checkWaiting(captured: CapturedStack | undefined): void;
}

export interface CheckoutCapture {
  /** Every checkout is attributed to its site (a long-lived pool: few checkouts, held long). */
  attributeAll: boolean;
  /** One checkout in 1/siteSampleRate is sampled for the site table. */
  sampleSite(): boolean;
  /** Leak detection's capture policy, when leak detection is on. */
  policy: CapturePolicy | undefined;
  /** False after the monitor's stop(): leak detection captures nothing. */
  isRunning(): boolean;
}

/** Replaces `pool.connect` with the instrumented wrapper (returned); `raw` is pg-pool's own. */
export function instrumentConnect(
  pool: pg.Pool,
  raw: RawConnect,
  capture: CheckoutCapture,
  observer: CheckoutObserver,
): typeof pool.connect {
  const { attributeAll, policy } = capture;
  // pg-pool's own method, inherited: the wrapper calls whatever the prototype holds at each checkout, so that an
  // instrumentation that patches pg-pool's prototype after watch() (an APM enabled late) still sees this pool's
  // checkouts — an own `connect` would otherwise hide its patch from this pool for good (drill s).
  const proto = Object.getPrototypeOf(pool) as { connect?: unknown } | null;
  const fromPrototype = proto !== null && proto.connect === raw;
  const PromiseCtor = (pool as unknown as { Promise?: PromiseConstructor }).Promise ?? Promise;
  // Plain closures over `observer` rather than bound functions and arrow wrappers: each checkout calls straight in.
  function connect(this: pg.Pool, callback?: ConnectCallback): unknown {
    const startedAt = performance.now();
    const inherited = fromPrototype ? proto.connect : raw;
    const target = typeof inherited === "function" ? (inherited as RawConnect) : raw;
    const mark = takeCheckoutMark();
    const helper = mark?.helper;
    // A long-lived pool checks out rarely and holds long: every checkout is attributed, so its top holders are
    // exact without leak detection. Leak detection captures where its policy asks (see capture-policy.ts).
    const sampled = attributeAll || capture.sampleSite();
    const captured =
      sampled || (policy !== undefined && capture.isRunning() && policy.wantsStack(this))
        ? captureStack(mark?.frame ?? connect)
        : undefined;
    if (typeof callback === "function") {
      const result = target.call(this, (err, client, done) => {
        observer.connected(err, client, startedAt, captured, sampled, helper);
        callback(err, client, done);
      });
      observer.checkWaiting(captured);
      return result;
    }
    const promise = new PromiseCtor<pg.PoolClient>((resolve, reject) => {
      target.call(this, (err, client) => {
        observer.connected(err, client, startedAt, captured, sampled, helper);
        if (err || !client) reject(err);
        else resolve(client);
      });
    });
    observer.checkWaiting(captured);
    return promise;
  }
  pool.connect = connect as typeof pool.connect;
  return pool.connect;
}
