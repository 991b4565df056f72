// Checkouts that leave this function's hands at once (a bare promise, a store on the request) and yet are lost on a
// path nobody else can follow: a `Promise.all` (or co's yielded array) that drops the checkouts of a batch when one fails
// (batched-checkouts.ts), a `Promise.race` that a timeout can win while the checkout completes later, the checkout
// raced bare or through a `const` read only there (raced-checkouts.ts), a middleware whose catch ends the request
// before the client reaches `next()` (request-hand-over.ts), a promise of `connect()` never awaited but used as the
// client (unawaited-checkout.ts), a store overwritten by the function that its own catch runs again
// (retried-checkouts.ts), or by the next run of a per-request hook (request-hook-stores.ts), or released by the function
// itself through the member it was stored in only after a call that may throw (member-lent-releases.ts), or by a later
// middleware of the same chain after its own `await next()` (chained-middleware-releases.ts), or kept for a stream's
// cancel() that can run before the store (cancelled-stream-checkouts.ts). No path analysis is needed for these: the
// shape says it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { promiseAllCollecting, promiseAllResolvingAwaited, promiseAllResolvingHeld } from "./batched-checkouts.js";
import type { Leak } from "./lifetime-findings.js";
import { parentSkippingWrappers } from "../node-shapes.js";
import { requestEndedOnThrow } from "./request-hand-over.js";
import { promiseRaceLosing } from "./raced-checkouts.js";
import { promiseUsedAsClient } from "./unawaited-checkout.js";
import { retriedFromCatch } from "./retried-checkouts.js";
import { storedAcrossRequests } from "./request-hook-stores.js";
import { throwBeforeOwnMemberRelease } from "./member-lent-releases.js";
import { throwBeforeChainedRelease } from "./chained-middleware-releases.js";
import { cancelledStreamLeak } from "./cancelled-stream-checkouts.js";

/** The leak of a checkout handed straight on (target "transferred") that is stranded all the same; else null. */
export function strandedCheckout(acquisition: Acquisition, sourceCode: Readonly<TSESLint.SourceCode>): Leak | null {
  if (acquisition.target !== "transferred") return null;
  const all =
    acquisition.binding === acquisition.call
      ? promiseAllCollecting(acquisition.call, sourceCode)
      : acquisition.style === "await"
        ? promiseAllResolvingAwaited(acquisition.awaited ?? parentSkippingWrappers(acquisition.call) ?? acquisition.call)
        : null;
  if (all) return batchLeak(acquisition, all);
  const race = promiseRaceLosing(acquisition.call, sourceCode);
  if (race) return { acquisition, cause: "raceLosesCheckout", at: race, line: race.loc.start.line, exit: "call", tryStatement: null };
  const misused = promiseUsedAsClient(acquisition, sourceCode);
  if (misused) return { acquisition, cause: "connectNotAwaited", at: misused, line: misused.loc.start.line, exit: "call", tryStatement: null };
  const retry = retriedFromCatch(acquisition, sourceCode);
  if (retry) {
    const { at, tryStatement, holder, retried } = retry;
    return { acquisition, cause: "overwrittenByRetry", at, line: at.loc.start.line, exit: "call", tryStatement, retry: { holder, retried } };
  }
  const shared = storedAcrossRequests(acquisition, sourceCode);
  if (shared) {
    const { registration, holder, hook } = shared;
    return { acquisition, cause: "overwrittenAcrossRequests", at: registration, line: registration.loc.start.line, exit: "call", tryStatement: null, shared: { holder, hook } };
  }
  const cancelled = cancelledStreamLeak(acquisition, sourceCode);
  if (cancelled) return cancelled;
  const lent = throwBeforeOwnMemberRelease(acquisition, sourceCode) ?? throwBeforeChainedRelease(acquisition, sourceCode);
  if (lent) return { acquisition, cause: "notReleasedOnThrow", at: lent, line: lent.loc.start.line, exit: "call", tryStatement: null };
  const ended = requestEndedOnThrow(acquisition, sourceCode);
  if (!ended) return null;
  const { at, tryStatement } = ended;
  return { acquisition, cause: "requestEndedOnThrow", at, line: at.loc.start.line, exit: "call", tryStatement };
}

/**
 * The leak of a checkout held in a variable that every path releases or hands over, when the hand-over is the return of
 * an async callback mapped into `Promise.all` (batched-checkouts.ts): lost when another element rejects; else null.
 */
export function returnedIntoBatch(acquisition: Acquisition): Leak | null {
  if (acquisition.target !== "variable" || acquisition.style !== "await" || !acquisition.client) return null;
  const all = promiseAllResolvingHeld(acquisition.client, acquisition.owner, acquisition.call);
  return all ? batchLeak(acquisition, all) : null;
}

/** The leak of a checkout in a batch: a `Promise.all(…)`, or the array a co coroutine yields. */
function batchLeak(acquisition: Acquisition, all: TSESTree.CallExpression | TSESTree.YieldExpression): Leak {
  const cause = all.type === AST_NODE_TYPES.YieldExpression ? "yieldedBatchRejectionLeaks" : "batchRejectionLeaks";
  return { acquisition, cause, at: all, line: all.loc.start.line, exit: "call", tryStatement: null };
}
