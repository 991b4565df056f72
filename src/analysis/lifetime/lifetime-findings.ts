// What the lifetime analysis finds: a leaking checkout (and why), a use or second release after a release, and the
// handlers a rule gives to receive them.
import type { TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import type { EventBinding } from "./event-bound-releases.js";
import type { ErrorSplit } from "./error-splitting-wrappers.js";
import type { TaskListRelease } from "./task-list-releases.js";

/** Why a client leaks; each is its own messageId in no-leaked-client. */
export type LeakCause =
  | "neverReleased"
  | "apolloContextRejectedRequests"
  | "apolloFormatResponseSkipped"
  | "notReleasedOnThrow"
  | "notHandedOverOnThrow"
  | "workBeforeTry"
  | "earlyExit"
  | "notReleasedOnAllPaths"
  | "callbackPathWithoutDone"
  | "rejectionSkipsRelease"
  | "releasedOnlyOnRejection"
  | "reacquiredWhileHeld"
  | "assertionSkipsRelease"
  | "resultReadBeforeErrorCheck"
  | "resultDestructuredOnError"
  | "releasedOnlyOnSuccessEvent"
  | "releasedOnlyInLaterTask"
  | "errorSplitSkipsRelease"
  | "batchRejectionLeaks"
  | "yieldedBatchRejectionLeaks"
  | "raceLosesCheckout"
  | "requestEndedOnThrow"
  | "connectNotAwaited"
  | "stoppedAtYield"
  | "swallowedResultRead"
  | "overwrittenByRetry"
  | "overwrittenAcrossRequests"
  | "clearedByListener"
  | "cancelledBeforeStored";

/** One leaking acquisition, with the line a person should look at. */
export interface Leak {
  acquisition: Acquisition;
  cause: LeakCause;
  /**
   * The throwing call, the exit statement, the `.then(…)` call, the `Promise.all(…)` collecting the checkout, or the
   * function that ends holding the client.
   */
  at: TSESTree.Node;
  /** The line of `at` (its last line when the path runs off the end of the function). */
  line: number;
  /** The keyword of the leaving statement (`return`, `throw`, `break`, `continue`), or "end" / "call". */
  exit: "return" | "throw" | "break" | "continue" | "end" | "call";
  /**
   * workBeforeTry: the `try` whose `finally` releases, which the throwing work precedes; requestEndedOnThrow: the
   * `try` whose `catch` ends the request.
   */
  tryStatement: TSESTree.TryStatement | null;
  /** releasedOnlyOnSuccessEvent: the emitter and the event the release is bound to. */
  binding?: EventBinding;
  /** errorSplitSkipsRelease: the wrapper (`ok(cb, fn)`) whose error path skips the release. */
  split?: ErrorSplit;
  /** releasedOnlyInLaterTask: the `async.series`/`waterfall` list, and the earlier task whose failure skips the release. */
  taskList?: TaskListRelease;
  /** overwrittenByRetry: where the client was stored (`client`, `this.client`) and the function the catch runs again. */
  retry?: { holder: string; retried: string };
  /** overwrittenAcrossRequests: where the client was stored (`db`, `fastify.db`) and the per-request hook storing it. */
  shared?: { holder: string; hook: string };
  /** clearedByListener: where the client was stored and the event whose listener clears that store. */
  listener?: { holder: string; event: string };
  /** cancelledBeforeStored: the variable start() stores the client in for the stream's cancel() to release. */
  stream?: { holder: string };
}

/** A use, or a second release, of a client after it was released on some path. */
export interface UseAfterRelease {
  acquisition: Acquisition;
  /** The reference to the client (or to `done`) that comes too late. */
  node: TSESTree.Identifier;
  /** The earlier release. */
  releasedAt: TSESTree.Node;
  /** True when the late reference is itself a release. */
  double: boolean;
  /** A release repeated once per item by this iteration call (`items.forEach(…)`, `async.each(…)`). */
  perItem?: TSESTree.CallExpression;
  /** The late reference sits in the callback of this query, which the release overtakes (overtaken-callbacks.ts). */
  overtakenQuery?: TSESTree.CallExpression;
}

export interface LifetimeHandlers {
  onLeak?(leak: Leak): void;
  onUseAfterRelease?(finding: UseAfterRelease): void;
}
