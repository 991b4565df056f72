// Forward data flow over one code path's segments, for one client: is it held (leak lattice) or already released
// (use-after-release lattice) at each point? States are merged over prevSegments ("held on some path" = "not
// released on every path") and iterated to a fixpoint, so loops are exact. Exceptions, which ESLint's code paths
// do not model for calls and `await`, are added here: a throwing point sends its state to the `catch`/`finally`
// that covers it, or out of the function.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
type Variable = TSESLint.Scope.Variable;
import { encloses } from "../node-shapes.js";
import type { CertainThrow } from "./callback-throws.js";
import { throwsAt } from "./async-callbacks.js";
import type { LifetimeEvent, Tracked, Unit } from "./lifetime-model.js";
import type { Segment, SegmentTracker } from "./segments.js";
import { exceptionTarget } from "./throw-points.js";
import { consumerMayStopAt, returnTarget } from "./generator-returns.js";
import { isSettingRead } from "./property-reads.js";
import { isAssertedMember, isAssertionSubject } from "./assertion-subjects.js";
import { isGuessedLeavingEdge } from "./leaving-finally.js";
import { sameReference } from "./pool-end.js";
import { releaseInLaterFunction } from "./later-function-releases.js";
import { jumpTarget, jumpsThroughReleasingFinally, releaseAfterJump } from "./finally-jumps.js";

/**
 * Why a client is still held: an exception from a call, an early exit statement, a new checkout, or a consumer that
 * stops iterating an async generator at a `yield` (generator-returns.ts).
 */
export type HeldReason = { kind: "throw" | "exit" | "reacquire" | "stop"; node: TSESTree.Node; certain?: CertainThrow };

/** A path of `unit` that leaves (or re-acquires) while holding the client; `reason` null: it just ran to the end. */
export interface RawLeak {
  unit: Unit;
  reason: HeldReason | null;
}

/** A use (or second release) of the client at `node` after the release at `releasedAt` on some path. */
export interface RawAfterRelease {
  node: TSESTree.Identifier;
  releasedAt: TSESTree.Node;
  double: boolean;
}

/**
 * What a helper of this file does with the parameter a client is passed to, on every path: releases it, hands it
 * over (stores it in a field, a Map, an array; returns it), or neither (null).
 */
export type HelperSummary = (callee: { callee: TSESTree.Node; index: number }) => "release" | "transfer" | null;

interface Held {
  reason: HeldReason | null;
}

interface Released {
  at: TSESTree.Node;
  /** The release flags set on every path since the release (unset-flag-releases.ts). */
  flagsSet: readonly Variable[];
}

/** Where paths join, the release flags set on all of them. */
function joinReleased(a: Released | null, b: Released | null): Released | null {
  if (!a || !b) return a ?? b;
  if (a.flagsSet.every((flag) => b.flagsSet.includes(flag))) return a;
  return { at: a.at, flagsSet: a.flagsSet.filter((flag) => b.flagsSet.includes(flag)) };
}

function concerns(event: LifetimeEvent, tracked: Tracked): boolean {
  return event.type === "throw" || event.type === "end" || event.tracked === tracked;
}

/**
 * A worklist over segments: `visit` recomputes a segment and says whether its output changed (then its successors
 * are revisited); it may also enqueue other segments itself (the handler an exception jumps to).
 */
function fixpoint(start: Segment, visit: (segment: Segment, enqueue: (segment: Segment) => void) => boolean): void {
  const queue: Segment[] = [start];
  const queued = new Set<Segment>(queue);
  const enqueue = (segment: Segment): void => {
    if (!queued.has(segment)) {
      queued.add(segment);
      queue.push(segment);
    }
  };
  for (let index = 0; index < queue.length; index++) {
    const segment = queue[index]!;
    queued.delete(segment);
    if (!segment.reachable) continue;
    if (visit(segment, enqueue)) for (const next of segment.nextSegments) enqueue(next);
  }
}

/**
 * False for the edges ESLint draws from inside a `try` block to its `catch` (after the first throwable node and at
 * the end of the block), and for its guessed edges into a `finally` block's leaving segment (leaving-finally.ts):
 * which calls throw is modelled here instead, so that a `release()` — which does not throw — is not taken for a way
 * into the catch. Edges of a `throw` statement, and of an exception passing through a nested `finally`, are kept.
 * Every other edge is kept as it is.
 */
function isExceptionEdge(
  from: Segment,
  to: Segment,
  tracker: SegmentTracker<LifetimeEvent>,
  startedAt: ReadonlyMap<TSESTree.Node, Segment[]>,
): boolean {
  const handler = tracker.startNodeOf(to);
  if (handler?.type !== AST_NODE_TYPES.CatchClause) {
    return !isGuessedLeavingEdge(from, to, (segment) => tracker.startNodeOf(segment), (segment) => tracker.exitNodeOf(segment), startedAt);
  }
  if (tracker.exitNodeOf(from)?.type === AST_NODE_TYPES.ThrowStatement) return true;
  const tryBlock = handler.parent.block;
  let child: TSESTree.Node | undefined = tracker.startNodeOf(from);
  // A segment that began before the `try` block (at an enclosing `if`, or a `finally` around the whole `try`) reaches
  // the catch only by ESLint's edge from the block's first throwable node: modelled here instead, so dropped.
  if (child && (child.range[0] < tryBlock.range[0] || child.range[1] > tryBlock.range[1])) return false;
  for (let current = child?.parent; child && current && child !== tryBlock; current = current.parent) {
    // Leaving a nested `finally` carries an exception on (kept). Throws from a nested `catch` body are injected at the
    // handler that covers them like any other throw point, so ESLint's edge from its first throwable node is not
    // needed, and would send a held client on when that node is only logging.
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child) {
      return true;
    }
    child = current;
  }
  return child !== tryBlock;
}

type GuardEvent = Extract<LifetimeEvent, { type: "guard" }>;

/** Does `segment` start the `catch` or `finally` of a `try` whose block holds the test's branch? */
function isHandlerEntry(segment: Segment, guard: GuardEvent, tracker: SegmentTracker<LifetimeEvent>): boolean {
  const start = tracker.startNodeOf(segment);
  const tryStatement = start?.parent;
  if (tryStatement?.type !== AST_NODE_TYPES.TryStatement) return false;
  if (start !== tryStatement.handler && start !== tryStatement.finalizer) return false;
  return encloses(tryStatement.block, guard.thenNode);
}

/**
 * ESLint forks a `try` block's path to its handler after the block's first throwable node: when that is the tested
 * client (`try { if (!runner) … }`), the segment ending with the test forks to the handler and to a segment that
 * goes on to the test's own fork, which none of its successors is yet.
 */
function forksToHandlerFirst(from: Segment, guard: GuardEvent, tracker: SegmentTracker<LifetimeEvent>): boolean {
  const next = from.nextSegments;
  if (next.some((segment) => tracker.startNodeOf(segment) === guard.thenNode)) return false;
  return next.some((segment) => isHandlerEntry(segment, guard, tracker));
}

/** Does this exit statement leave the scope the client was acquired for (function, or the loop it is acquired in)? */
function leavesAcquisitionScope(exit: TSESTree.Node, tracked: Tracked): boolean {
  if (exit.type === AST_NODE_TYPES.ReturnStatement || exit.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (exit.type !== AST_NODE_TYPES.BreakStatement && exit.type !== AST_NODE_TYPES.ContinueStatement) return false;
  const target = jumpTarget(exit);
  if (!target || target.type === AST_NODE_TYPES.SwitchStatement) return false;
  const binding = tracked.subject.binding;
  return encloses(target, binding);
}

/**
 * Of two plain throws that reach the same segment still holding the client, whether `a` comes first in the source. A
 * `finally` is one segment for the paths that finished their `try`/`catch` and for those a throw brought: when a
 * `catch` that does not release throws again (`logger.warn(…, describe(error))`), the throw that entered it is on the
 * same path, earlier, and is the one to fix (openpath's schedule ticker, at-large round twenty: its message named the
 * catch's log line, not the advisory-lock query before it).
 */
function thrownEarlier(a: HeldReason | null, b: HeldReason | null): boolean {
  if (a?.kind !== "throw" || b?.kind !== "throw" || a.certain || b.certain) return false;
  return a.node.range[0] < b.node.range[0];
}

/** Paths of `unit` on which its client is still held when they leave. */
export function solveLeaks(unit: Unit, tracker: SegmentTracker<LifetimeEvent>, releases: HelperSummary): RawLeak[] {
  if (!unit.codePath) return [];
  const codePath = unit.codePath;
  const tracked = unit.tracked;
  const startedAt = tracker.segmentsByStart(codePath);
  const out = new Map<Segment, Held | null>();
  const injected = new Map<Segment, Held>();
  const leaks = new Map<TSESTree.Node | null, RawLeak>();
  const report = (reason: HeldReason | null): void => {
    const key = reason?.node ?? null;
    if (!leaks.has(key)) leaks.set(key, { unit, reason });
  };
  // Filtered once per segment: the worklist revisits segments, and each visit also reads its predecessors' events.
  const relevantBySegment = new Map<Segment, LifetimeEvent[]>();
  const relevant = (segment: Segment): LifetimeEvent[] => {
    let events = relevantBySegment.get(segment);
    if (!events) {
      events = tracker.eventsOf(segment).filter((event) => concerns(event, tracked));
      relevantBySegment.set(segment, events);
    }
    return events;
  };

  /**
   * The test of the client that ends `from`, so that its two branches start from `from`'s successors: its last
   * event, or the test the only predecessor ended with when that one forked to a `try`'s handler before the test
   * forked (the test is the first throwable node of the `try` block: see forksToHandlerFirst).
   */
  const endingGuard = (from: Segment): GuardEvent | null => {
    const last = relevant(from).at(-1);
    if (last) return last.type === "guard" ? last : null;
    if (from.prevSegments.length !== 1) return chainEndGuard(from);
    const previous = from.prevSegments[0]!;
    const guard = relevant(previous).at(-1);
    if (guard?.type !== "guard" || !forksToHandlerFirst(previous, guard, tracker)) return null;
    return isHandlerEntry(from, guard, tracker) ? null : guard;
  };

  /**
   * `if (!options?.no_transaction)`: an optional chain's paths (read, or short-circuited to `undefined`) merge in a
   * segment of their own, which then forks on the test. The read's test holds of the chain's value on both paths (a
   * stable read is `undefined` at the checkout too when its object was nullish), so it applies at that fork.
   */
  const chainEndGuard = (from: Segment): GuardEvent | null => {
    const chain = tracker.startNodeOf(from);
    if (chain?.type !== AST_NODE_TYPES.ChainExpression) return null;
    let found: GuardEvent | null = null;
    for (const previous of from.prevSegments) {
      const start = tracker.startNodeOf(previous);
      if (!start || !encloses(chain, start)) continue;
      const last = relevant(previous).at(-1);
      if (last?.type !== "guard" || (found && found !== last)) return null;
      found = last;
    }
    const thenNode = found?.thenNode;
    return thenNode && from.nextSegments.some((next) => tracker.startNodeOf(next) === thenNode) ? found : null;
  };

  const edgeState = (from: Segment, to: Segment): Held | null => {
    const state = out.get(from) ?? null;
    if (!state || !isExceptionEdge(from, to, tracker, startedAt)) return null;
    const guard = endingGuard(from);
    if (!guard || from.nextSegments.length < 2) return state;
    // The handler's edge leaves before the test has run, and the other edge goes on to the test's own fork.
    if (forksToHandlerFirst(from, guard, tracker)) return state;
    // A flag guarding a helper's call says whether the client is held only when that helper gives it back.
    if (guard.when && releases(guard.when) === null) return state;
    const toThen = tracker.startNodeOf(to) === guard.thenNode;
    return toThen === guard.heldOnThen ? state : null;
  };

  /** A held client leaves through `target` (a `catch` or `finally`, where the path goes on), or out of the function. */
  const leave = (held: Held, target: TSESTree.Node | null, enqueue: (segment: Segment) => void): void => {
    if (!target) {
      report(held.reason);
      return;
    }
    for (const handler of startedAt.get(target) ?? []) {
      if (!injected.has(handler)) {
        injected.set(handler, held);
        enqueue(handler);
      }
    }
  };

  fixpoint(codePath.initialSegment, (segment, enqueue) => {
    // An injected exception carries the better story (which call threw), so it wins over a plain held edge.
    let state: Held | null = injected.get(segment) ?? null;
    if (segment === codePath.initialSegment && unit.entryHeld) state ??= { reason: null };
    for (const previous of segment.prevSegments) {
      const incoming = edgeState(previous, segment);
      if (incoming && (!state || (!state.reason && incoming.reason) || thrownEarlier(incoming.reason, state.reason))) {
        state = incoming;
      }
    }
    for (const event of relevant(segment)) {
      switch (event.type) {
        case "acquire":
          // Acquiring again (a loop) while the last client is held: that one is lost for good.
          if (state) report(state.reason ?? { kind: "reacquire", node: tracked.subject.binding });
          state = { reason: null };
          break;
        case "deferred":
          state = null;
          break;
        case "reference":
          if (event.kind === "release" || event.kind === "transfer") state = null;
          else if (event.kind === "argument" && event.callee && releases(event.callee) !== null) state = null;
          break;
        case "throw": {
          if (state && event.endsPool && tracked.acquisition && sameReference(event.endsPool, tracked.acquisition.pool)) {
            // `await pool.end()` of this client's pool waits for ever: the path stops, held for the reason it holds.
            if (event.node.type === AST_NODE_TYPES.AwaitExpression) {
              report(state.reason);
              state = null;
            }
            break;
          }
          if (event.rejectionHandled) break;
          if (!state || !(throwsAt(unit, event.node) || event.certain)) break;
          // The latest exception is the one that skips the release (an earlier one was already handled).
          leave({ reason: { kind: "throw", node: event.node, certain: event.certain } }, exceptionTarget(event.node, unit.node), enqueue);
          // The consumer may also stop iterating there: only the `finally` blocks run on that way out.
          if (consumerMayStopAt(event.node, unit.node)) {
            leave({ reason: { kind: "stop", node: event.node } }, returnTarget(event.node, unit.node), enqueue);
          }
          break;
        }
        case "guard":
          break;
        case "end":
          // The process ends: nothing after this point runs, and its connections close with it.
          state = null;
          break;
      }
    }
    const exit = tracker.exitNodeOf(segment);
    if (state && exit && jumpsThroughReleasingFinally(exit, tracked)) state = null;
    if (state && !state.reason && exit && leavesAcquisitionScope(exit, tracked)) {
      state = { reason: { kind: "exit", node: exit } };
    }
    const before = out.get(segment);
    out.set(segment, state);
    return before === undefined || (before === null) !== (state === null);
  });
  for (const final of codePath.finalSegments) {
    // A generator's `yield` also ends a segment as a way out (the caller may return or throw there) that goes on to
    // the next segment: the throw is followed as a throw point; the function has not ended there.
    if (final.nextSegments.length > 0) continue;
    const state = out.get(final);
    if (state && final.reachable) report(state.reason);
  }
  return [...leaks.values()];
}

/** References of `unit`'s client that use or release it again after a release on some path. */
export function solveAfterRelease(
  unit: Unit,
  tracker: SegmentTracker<LifetimeEvent>,
  releases: HelperSummary,
): RawAfterRelease[] {
  if (!unit.codePath) return [];
  const tracked = unit.tracked;
  const startedAt = tracker.segmentsByStart(unit.codePath);
  const out = new Map<Segment, Released | null>();
  const injected = new Map<Segment, Released>();
  const findings = new Map<TSESTree.Node, RawAfterRelease>();
  fixpoint(unit.codePath.initialSegment, (segment, enqueue) => {
    let state: Released | null = null;
    for (const previous of segment.prevSegments) {
      if (isExceptionEdge(previous, segment, tracker, startedAt)) state = joinReleased(state, out.get(previous) ?? null);
    }
    state = joinReleased(state, injected.get(segment) ?? null);
    for (const event of tracker.eventsOf(segment)) {
      if (!concerns(event, tracked)) continue;
      if (event.type === "acquire") state = null;
      else if (event.type === "reference" && !event.viaClosure) {
        const { kind, node } = event;
        if (kind === "write") state = null;
        else if (kind === "release" || kind === "use" || kind === "argument") {
          // Reading a setting the client was made with (`client.connectionParameters`) says nothing of its new holder,
          // and an assertion given the client (`expect(client).to.equal(client2)`) only compares the reference, or one of
          // its members (`expect(client.release).toHaveBeenCalled()`) only inspects a mock's record.
          const readOnly =
            (kind === "use" && (isSettingRead(node) || isAssertedMember(node))) || (kind === "argument" && isAssertionSubject(node));
          // A flag-guarded release is trusted, unless it runs while its flag is unset and the release before it left
          // the flag unset on some path (unset-flag-releases.ts).
          const trusted = event.flagGuarded && !(event.whileUnset && state && !state.flagsSet.includes(event.whileUnset));
          if (state && !trusted && !findings.has(node) && !readOnly) {
            findings.set(node, { node, releasedAt: state.at, double: kind === "release" });
          }
          if (kind === "release" || (kind === "argument" && event.callee && releases(event.callee) === "release")) {
            state = { at: node, flagsSet: event.setsFlags ?? [] };
          }
        }
      } else if (event.type === "deferred" && state) {
        // A function made after the release that calls `done` again releases twice whenever it runs; when the path
        // already used the client after this release (`client.query(sql, () => done())`), that finding names the bug.
        const again = releaseInLaterFunction(event.node, tracked);
        const released = state.at;
        const named = [...findings.values()].some((finding) => finding.releasedAt === released);
        if (again && !named && !findings.has(again)) findings.set(again, { node: again, releasedAt: released, double: true });
      } else if (event.type === "end") {
        state = null; // nothing runs after process.exit()
      } else if (event.type === "throw" && !event.rejectionHandled && state && throwsAt(unit, event.node)) {
        const target = exceptionTarget(event.node, unit.node);
        for (const handler of target ? (startedAt.get(target) ?? []) : []) {
          if (!injected.has(handler)) {
            injected.set(handler, state);
            enqueue(handler);
          }
        }
      }
    }
    // A `break`/`continue` still runs the `finally` it leaves (finally-jumps.ts): its release is a second one.
    const exit = tracker.exitNodeOf(segment);
    const again = state && exit ? releaseAfterJump(exit, tracked) : null;
    if (state && again && !findings.has(again)) findings.set(again, { node: again, releasedAt: state.at, double: true });
    const before = out.get(segment);
    out.set(segment, state);
    return before === undefined || (before === null) !== (state === null) || (before?.flagsSet.length ?? 0) !== (state?.flagsSet.length ?? 0);
  });
  return [...findings.values()];
}
