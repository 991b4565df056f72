// Whether a followed client leaks, what the leak is called, and where a person should look: the cause (each a
// messageId of no-leaked-client: a throw before the release, an early exit, a path without `done()`…) and the line,
// from the raw path the solver reports.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Tracked, Unit } from "./lifetime-model.js";
import type { RawLeak } from "./lifetime-solver.js";
import type { Leak } from "./lifetime-findings.js";
import { exceptionTarget } from "./throw-points.js";

/**
 * The leak of one followed client, if any: the readings that need no path first (a release only on fulfilment, only
 * on a success event, only on a wrapper's success path; no release or hand-over at all), then the solver's paths.
 */
export function leakOf(tracked: Tracked, solve: (unit: Unit) => RawLeak[], endsProcess: (unit: Unit) => boolean): Leak | null {
  const acquisition = tracked.acquisition!;
  const first = tracked.fulfilledOnlyReleases[0];
  if (first) {
    return { acquisition, cause: "rejectionSkipsRelease", at: first, line: first.loc.start.line, exit: "call", tryStatement: null };
  }
  const onRejection = tracked.rejectedOnlyReleases?.[0];
  if (onRejection) {
    return { acquisition, cause: "releasedOnlyOnRejection", at: onRejection, line: onRejection.loc.start.line, exit: "call", tryStatement: null };
  }
  const thrown = tracked.rejectionThrow;
  if (thrown) {
    const cause = acquisition.style === "callback" ? "callbackPathWithoutDone" : "earlyExit";
    return { acquisition, cause, at: thrown, line: thrown.loc.start.line, exit: "throw", tryStatement: null };
  }
  const binding = tracked.successOnlyRelease;
  if (binding) {
    const at = binding.registration;
    return { acquisition, cause: "releasedOnlyOnSuccessEvent", at, line: at.loc.start.line, exit: "call", tryStatement: null, binding };
  }
  const taskList = tracked.laterTaskRelease;
  if (taskList) {
    const at = taskList.call;
    return { acquisition, cause: "releasedOnlyInLaterTask", at, line: at.loc.start.line, exit: "call", tryStatement: null, taskList };
  }
  // A task's query callback throws on a failed query's result before calling back: the final callback never releases.
  const skipped = tracked.finalCallbackRead;
  if (skipped) {
    const cause = skipped.type === AST_NODE_TYPES.MemberExpression ? "resultReadBeforeErrorCheck" : "resultDestructuredOnError";
    return { acquisition, cause, at: skipped, line: skipped.loc.start.line, exit: "call", tryStatement: null };
  }
  // A local module's function never calls back, so never releases, when its query fails.
  const skippingCall = tracked.skippedByImportedCall;
  if (skippingCall) {
    const cause = acquisition.style === "callback" ? "callbackPathWithoutDone" : "notReleasedOnThrow";
    return { acquisition, cause, at: skippingCall, line: skippingCall.loc.start.line, exit: "call", tryStatement: null };
  }
  const split = tracked.errorSplitRelease;
  if (split) {
    // The call the wrapped callback is given to (`client.query(sql, ok(cb, fn))`) is the one whose failure skips it.
    const receiving = split.wrapper.parent;
    const at = receiving?.type === AST_NODE_TYPES.CallExpression ? receiving : split.wrapper;
    return { acquisition, cause: "errorSplitSkipsRelease", at, line: at.loc.start.line, exit: "call", tryStatement: null, split };
  }
  if (!tracked.hasRelease && !tracked.hasTransfer) {
    // Not when every path that holds it ends the process (process-exit.ts): the connection closes with it.
    if (endsProcessOnEveryPath(tracked, solve, endsProcess)) return null;
    const at = acquisition.call;
    const cause =
      tracked.apolloContext === true
        ? "apolloContextRejectedRequests"
        : tracked.apolloFormatResponse === true
          ? "apolloFormatResponseSkipped"
          : "neverReleased";
    return { acquisition, cause, at, line: at.loc.start.line, exit: "end", tryStatement: null };
  }
  const raws = tracked.units.flatMap(solve);
  if (raws.length === 0) return null;
  return describeFirstLeak(tracked, raws);
}

/**
 * A client nothing gives back is held until the process ends: no leak when some path reaches `process.exit(…)` and the
 * solver finds no path that leaves a followed code path with the client (a throw, an exit, the end of the function).
 */
function endsProcessOnEveryPath(tracked: Tracked, solve: (unit: Unit) => RawLeak[], endsProcess: (unit: Unit) => boolean): boolean {
  const units = tracked.units;
  if (units.length === 0 || units.some((unit) => unit.codePath === null) || !units.some(endsProcess)) return false;
  return units.every((unit) => solve(unit).length === 0);
}

/** The leak to report from a tracked client's raw leaks (at least one). */
export function describeFirstLeak(tracked: Tracked, raws: RawLeak[]): Leak {
  // A path every run can take (an early exit) matters more than one an exception takes; then source order.
  const rank = (raw: RawLeak) => (raw.reason === null ? 1 : raw.reason.kind === "throw" ? 2 : 0);
  const position = (raw: RawLeak) => raw.reason?.node.range[0] ?? raw.unit.node.range[1];
  raws.sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
  return describe(tracked, raws[0]!);
}

function describe(tracked: Tracked, raw: RawLeak): Leak {
  const acquisition = tracked.acquisition!;
  const reason = raw.reason;
  const style = acquisition.style;
  if (!reason) {
    const at = raw.unit.node;
    const cause =
      style === "callback" ? "callbackPathWithoutDone" : tracked.hasRelease ? "notReleasedOnAllPaths" : "neverReleased";
    return { acquisition, cause, at, line: at.loc.end.line, exit: "end", tryStatement: null };
  }
  const at = reason.node;
  const line = at.loc.start.line;
  if (reason.kind === "reacquire") {
    return { acquisition, cause: "reacquiredWhileHeld", at, line, exit: "end", tryStatement: null };
  }
  if (reason.kind === "stop") {
    return { acquisition, cause: "stoppedAtYield", at, line, exit: "return", tryStatement: null };
  }
  if (reason.kind === "exit") {
    const exit = exitKeyword(at);
    return { acquisition, cause: style === "callback" ? "callbackPathWithoutDone" : "earlyExit", at, line, exit, tryStatement: null };
  }
  if (reason.certain === "swallowedResult") {
    return { acquisition, cause: "swallowedResultRead", at, line, exit: "call", tryStatement: null };
  }
  if (reason.certain) {
    const cause =
      reason.certain === "assertion"
        ? "assertionSkipsRelease"
        : reason.certain === "resultRead"
          ? "resultReadBeforeErrorCheck"
          : reason.certain === "resultDestructured"
            ? "resultDestructuredOnError"
            : "callbackPathWithoutDone";
    return { acquisition, cause, at, line, exit: "call", tryStatement: null };
  }
  // A client that is only handed over (stored, returned) is lost before the hand-over, whichever style took it.
  if (!tracked.hasRelease) return { acquisition, cause: "notHandedOverOnThrow", at, line, exit: "call", tryStatement: null };
  // In a `.then` callback an `await` (a promise) rejects; a plain call that throws at once is said to throw.
  if (style === "then" && !throwsAtOnce(at)) return { acquisition, cause: "rejectionSkipsRelease", at, line, exit: "call", tryStatement: null };
  const tryStatement =
    exceptionTarget(at, raw.unit.node) === null
      ? (tracked.releaseTries.find((t) => t.range[0] >= at.range[1]) ?? null)
      : null;
  return { acquisition, cause: tryStatement ? "workBeforeTry" : "notReleasedOnThrow", at, line, exit: "call", tryStatement };
}

/** A call, construction or tagged template not awaited: what it throws, it throws there, not through a promise. */
function throwsAtOnce(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression ||
    node.type === AST_NODE_TYPES.NewExpression ||
    node.type === AST_NODE_TYPES.TaggedTemplateExpression
  );
}

function exitKeyword(node: TSESTree.Node): Leak["exit"] {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
      return "return";
    case AST_NODE_TYPES.ThrowStatement:
      return "throw";
    case AST_NODE_TYPES.BreakStatement:
      return "break";
    case AST_NODE_TYPES.ContinueStatement:
      return "continue";
    default:
      return "end";
  }
}
