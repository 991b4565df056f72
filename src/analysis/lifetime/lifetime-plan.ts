// The plan for following one client through a file: which code paths ("units") must release it, and which event
// each reference to it produces in which unit. Built once per acquisition from scope analysis, before the
// traversal reaches the references, so that the traversal only does Map lookups.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { resolveIdentifier } from "../find-variable.js";
import {
  type FunctionNode,
  isFunctionNode,
  parentSkippingWrappers,
  unwrapExpression,
} from "../node-shapes.js";
import { argumentCallee, classifyReference, type ClientReferenceKind } from "./client-references.js";
import { callReceiving, isCallbackFunction } from "./callback-arguments.js";
import { certainThrows } from "./callback-throws.js";
import { instanceTests } from "./instance-checkout.js";
import { successOnlyRelease } from "./event-bound-releases.js";
import { ownedClientUses, releasedOnConnectionEvent } from "./connection-event-releases.js";
import { splitOnlyRelease } from "./error-splitting-wrappers.js";
import { finalCallbackSkipped, laterTaskOnlyRelease } from "./task-list-releases.js";
import { callbackSkippedByImportedCall } from "./skipped-callback-releases.js";
import { returnedToContextOption } from "./context-options.js";
import { chainedClients } from "./chained-clients.js";
import { isPromiseExecutor, isSubmittableCallback } from "./submittable-callbacks.js";
import { flagSharedByCheckouts } from "./shared-flags.js";
import { constructedHoldFlags } from "./constructed-hold-flags.js";
import { derivedHoldFlags } from "./derived-hold-flags.js";
import { conditionReads } from "./checkout-condition.js";
import { failedConnectBranches, failedContinuationBranches, insideAny } from "./failed-connect-branch.js";
import { passedDeclarationReferences } from "./named-callbacks.js";
import { enclosingFunction } from "../ast-walk.js";
import { calledOnlyByOwner } from "./direct-call-releases.js";
import { lentUntilOwnRelease } from "./loaned-stores.js";
import { storedInUnreleasedLocal } from "./unreleased-local-stores.js";
import { flagGuard, releaseFlags } from "./release-flags.js";
import { flagsSetBeside, releasedWhileUnset } from "./unset-flag-releases.js";
import { isRebindingDeclaration, uninitialisedLetNames } from "./rebinding-declarations.js";
import type { PlanSink, Subject, Tracked, Unit } from "./lifetime-model.js";
import { guardShape } from "./guard-shape.js";
import { closureReleaseCalls, functionsBetween, namedFunctionVariable } from "./closure-releases.js";
import { handedOverFirst } from "./handed-over-first.js";
import { releasedInCallbackNeverRun, unreachableAfterExit } from "./never-run-releases.js";
import { releasingHelperTest } from "./answering-helper-releases.js";
import { fulfilmentHandlerAround, innermostPromiseHandler, promiseRole, rejectionHandlerRelease } from "./promise-handler-roles.js";
import { throwBeforeRejectionRelease } from "./rejection-handler-throws.js";
import { unreleasedChainOutcomes } from "./promise-chain-outcomes.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

const RELEASING_KINDS = new Set<ClientReferenceKind>(["release", "transfer"]);
/**
 * A callback that carries the work on: node-style callbacks of a callback acquisition, `client.query(sql, cb)`, or a
 * callback of a submittable the client runs (`cursor.read(n, cb)`, see submittable-callbacks.ts).
 */
function isContinuation(fn: FunctionNode, subject: Subject, clientReferences: Set<TSESTree.Node>, sourceCode: SourceCode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  if (promiseRole(fn) !== null) return false;
  if (subject.style === "callback") return true;
  // `client.query(sql, cb)`, or through a wrapper: `client.query(sql, assert.calls(cb))`.
  const receiving = callReceiving(fn);
  const callee = receiving ? unwrapExpression(receiving.callee) : null;
  if (callee?.type === AST_NODE_TYPES.MemberExpression && clientReferences.has(unwrapExpression(callee.object))) return true;
  return isSubmittableCallback(fn, clientReferences, sourceCode);
}

/** The names passing a callback declaration `fn` of a callback checkout, each in `parent` itself; null otherwise. */
function declaredContinuation(fn: FunctionNode, parent: TSESTree.Node, subject: Subject, sourceCode: SourceCode): TSESTree.Identifier[] | null {
  if (subject.style !== "callback") return null;
  const passing = passedDeclarationReferences(fn, sourceCode);
  return passing?.every((identifier) => enclosingFunction(identifier) === parent) ? passing : null;
}

/** Builds the plan for `subject` and hands its events to `sink`; returns the tracked client. */
export function planTracking(
  subject: Subject,
  acquisition: Acquisition | null,
  sourceCode: SourceCode,
  sink: PlanSink,
): Tracked {
  const tracked: Tracked = {
    subject,
    acquisition,
    units: [],
    hasRelease: false,
    hasTransfer: false,
    releaseTries: [],
    fulfilledOnlyReleases: [],
    successOnlyRelease: null,
    errorSplitRelease: null,
    laterTaskRelease: null,
  };
  const owner = subject.owner;
  const chained = subject.client ? chainedClients(subject.client, sourceCode, owner) : null;
  const variables = [subject.client, subject.releaseFunction, ...(chained?.variables ?? [])].filter((v): v is Variable => v !== null);
  const nameOf = (fn: TSESTree.Node) => (isFunctionNode(fn) ? namedFunctionVariable(fn, sourceCode) : null);
  const ownedClients = variables.filter((variable) => variable !== subject.releaseFunction);
  const ownedUses = ownedClientUses(ownedClients, owner);
  /** Releases made by a local module's function after its own work, which may throw first: the call, by argument. */
  const releasedAfterWork = new Map<TSESTree.Identifier, TSESTree.CallExpression>();
  /** `done` given to the file's own helper that calls it only when answering true: the call, by argument. */
  const helperTests = new Map<TSESTree.Identifier, TSESTree.CallExpression>();
  const isReleaseFunction = (identifier: TSESTree.Identifier) =>
    subject.releaseFunction?.references.some((reference) => reference.identifier === identifier) === true;
  const references = variables.flatMap((variable) =>
    variable.references.map((reference) => {
      const identifier = reference.identifier as TSESTree.Identifier;
      // Returned down the chain to the next handler: the client stays in the chain, not handed over.
      if (chained?.handedDown.has(identifier)) return { identifier, kind: "other" as const };
      // Handed down to a handler after the owner's own `.then`, which releases it: the release, made only if every
      // step before it fulfils (its handler's promise role says so below).
      if (chained?.leaving.get(identifier) === true) return { identifier, kind: "release" as const };
      const classified = classifyReference(identifier, subject as Acquisition);
      // `await service.register(user)` on `const service = new UserService(await P.connect())`: the wrapper's method
      // gives the client back in its finally (releasing-wrapper-methods.ts); `service.name`, `service.label(user)` never
      // reach the client, whether or not it went back.
      const wrapper = classified === "use" && (subject as Acquisition).wrapped === true ? (sink.wrapperUse?.(identifier, subject as Acquisition) ?? null) : null;
      if (wrapper === "release") return { identifier, kind: "release" as const };
      if (wrapper === "spare") return { identifier, kind: "other" as const };
      // `event.locals = { client }` before the owner's own later `client.release()`: lent downstream, not handed over.
      // `db = client` into a `let` of an enclosing handler that only queries it: kept, not handed over.
      const kind =
        classified === "transfer" && (lentUntilOwnRelease(identifier, owner) || storedInUnreleasedLocal(identifier, sourceCode))
          ? ("use" as const)
          : classified;
      // Returned from a GraphQL server's `context` option that never gives it back on every request (context-options.ts).
      const contextOption = kind === "transfer" ? returnedToContextOption(identifier, sourceCode) : null;
      if (contextOption === "apollo4") tracked.apolloContext = true;
      if (contextOption === "apollo2") tracked.apolloFormatResponse = true;
      if (contextOption) return { identifier, kind: "other" as const };
      // `if (handleError(err, client, done)) return;`: a release on the branch where the file's own helper (or a local
      // module's: `utils.handleError(…)`) answers true.
      const helperTest = kind === "transfer" && isReleaseFunction(identifier) ? releasingHelperTest(identifier, ownedClients, sourceCode, sink.importedAnsweringHelper) : null;
      // One that may answer true with the client still held releases nothing certain: both branches hold it.
      if (helperTest && !helperTest.everyTrueAnswerReleases) return { identifier, kind: "other" as const };
      if (helperTest) {
        helperTests.set(identifier, helperTest.call);
        return { identifier, kind: "release" as const };
      }
      // A release only when the connection breaks or closes is none on the ordinary paths (connection-event-releases.ts).
      if (RELEASING_KINDS.has(kind) && releasedOnConnectionEvent(identifier, functionsBetween(identifier, owner) ?? [], ownedUses, nameOf)) {
        return { identifier, kind: "other" as const };
      }
      // …and so is one in a callback that never runs: a listener of an event pg's Pool never emits, an RxJS operator of
      // a pipe nobody subscribes to (never-run-releases.ts).
      if (RELEASING_KINDS.has(kind) && releasedInCallbackNeverRun(identifier, functionsBetween(identifier, owner) ?? [], nameOf, sourceCode)) {
        return { identifier, kind: "other" as const };
      }
      // …and one after a `return` or `throw` of its own block, which is never reached (never-run-releases.ts).
      if (RELEASING_KINDS.has(kind) && unreachableAfterExit(identifier)) return { identifier, kind: "other" as const };
      // `await transaction.end(client)`: a local module's function that gives the client back is its release (a
      // second call releases it twice); one that may store it hands it over.
      const handedOn =
        kind !== "argument" ? null : sink.storedByInheritedMethod?.(identifier) === true ? "transfer" : (sink.handedToImportedFunction?.(identifier) ?? null);
      if (handedOn) return { identifier, kind: handedOn };
      // `await transaction.commit(client)`: a local module's function that releases after a query of its own.
      const releasingCall = kind === "argument" ? (sink.releasedAfterWorkByImportedFunction?.(identifier) ?? null) : null;
      if (releasingCall) releasedAfterWork.set(identifier, releasingCall);
      return { identifier, kind: releasingCall ? ("release" as const) : kind };
    }),
  );
  const clientReferences = new Set<TSESTree.Node>(references.map((r) => r.identifier));
  const closureCalls = closureReleaseCalls(references, owner, sourceCode);
  // A test of a closure that releases only when it answers true is a release on one branch: a guard, placed below.
  references.push(...[...closureCalls.calls, ...closureCalls.tests.keys()].map((identifier) => ({ identifier, kind: "release" as const })));
  references.push(...[...closureCalls.handedOver].map((identifier) => ({ identifier, kind: "transfer" as const })));

  // Functions (below the owner) containing a release or hand-over: the only nested functions that matter.
  const releasingFunctions = new Set<TSESTree.Node>();
  const handled = { fulfilled: [] as TSESTree.CallExpression[], rejected: false, rejectedOnly: [] as TSESTree.CallExpression[] };
  const releasing: Array<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }> = [];
  let releasedOutsideOwner = false;
  for (const { identifier, kind } of references) {
    if (!RELEASING_KINDS.has(kind)) continue;
    if (kind === "release") tracked.hasRelease = true;
    else tracked.hasTransfer = tracked.handsOver = true;
    const chain = functionsBetween(identifier, owner);
    if (!chain) {
      releasedOutsideOwner = true;
      continue;
    }
    releasing.push({ identifier, nested: chain });
    for (const fn of chain) releasingFunctions.add(fn);
    const innermost = kind === "release" ? innermostPromiseHandler(chain) : null;
    const innermostRole = innermost ? promiseRole(innermost) : null;
    // A `.catch` nested in a `.then` handler runs only when that outer promise fulfils: on fulfilment only too.
    const around = innermost && innermostRole !== "fulfilled" ? fulfilmentHandlerAround(chain, innermost) : null;
    const handler = around ?? innermost;
    const role = around ? ("fulfilled" as const) : innermostRole;
    // The outer promise, whose rejection skips every release inside its handler, is the one to name.
    if (role === "fulfilled" && around) handled.fulfilled.unshift(handler!.parent as TSESTree.CallExpression);
    else if (role === "fulfilled") handled.fulfilled.push(handler!.parent as TSESTree.CallExpression);
    if (role === "rejected" || role === "settled") handled.rejected = true;
    // A release only in a rejection handler of the chain (`.catch(() => client.release())`), none nested in a `.then`.
    if (role === "rejected" && !around) handled.rejectedOnly.push(handler!.parent as TSESTree.CallExpression);
    // `.then(() => release(), release)`: the release itself given as the rejection's handler.
    if (kind === "transfer" && rejectionHandlerRelease(identifier)) handled.rejected = true;
    if (kind === "release" && chain.length === 0) {
      const tryStatement = finallyOf(identifier, owner);
      if (tryStatement && !tracked.releaseTries.includes(tryStatement)) tracked.releaseTries.push(tryStatement);
    }
  }
  if (!handled.rejected) tracked.fulfilledOnlyReleases = handled.fulfilled;
  else if (!tracked.hasTransfer && !releasedOutsideOwner && handled.rejectedOnly.length > 0 && handled.rejectedOnly.length === releasing.length) {
    // Every release is in a rejection handler: the chain fulfilling keeps the client.
    tracked.rejectedOnlyReleases = handled.rejectedOnly.sort((a, b) => a.range[0] - b.range[0]);
  } else if (!tracked.hasTransfer) {
    // A rejection handler's release on one chain does not cover another chain's rejection.
    const unreleased = releasedOutsideOwner ? null : unreleasedChainOutcomes(releasing);
    if (unreleased) tracked.fulfilledOnlyReleases = unreleased;
    else tracked.rejectionThrow = throwBeforeRejectionRelease(releasing, sourceCode);
  }
  if (!releasedOutsideOwner) {
    // The `done()` of an `if (err)` branch gives back nothing held: only the others say how a held client goes back.
    const failed = subject.style === "callback" ? failedConnectBranches(subject.errorParameter, owner, guardShape) : [];
    // So does the `done()` of a continuation's `if (err)` branch: that step failed, another path.
    const continuations = new Set(releasing.flatMap(({ nested }) => nested));
    const failedSteps = failedContinuationBranches(continuations, sourceCode, guardShape);
    const heldReleases = releasing.filter(
      ({ identifier, nested }) => (nested.length > 0 || !insideAny(identifier, failed)) && !insideAny(identifier, failedSteps),
    );
    tracked.successOnlyRelease = successOnlyRelease(heldReleases, nameOf);
    tracked.errorSplitRelease = splitOnlyRelease(releasing);
    const clientUses = new Set<TSESTree.Node>(subject.client?.references.map((reference) => reference.identifier) ?? []);
    tracked.laterTaskRelease = laterTaskOnlyRelease(heldReleases, clientUses);
    if (!tracked.laterTaskRelease && tracked.handsOver !== true) tracked.finalCallbackRead = finalCallbackSkipped(heldReleases, clientUses, sourceCode);
    if (!tracked.laterTaskRelease && !tracked.finalCallbackRead && tracked.handsOver !== true && sink.skipsCallbackOnFailedQuery) {
      tracked.skippedByImportedCall = callbackSkippedByImportedCall(heldReleases, clientUses, sink.skipsCallbackOnFailedQuery);
    }
  }
  tracked.releaseTries.sort((a, b) => a.range[0] - b.range[0]);

  const ownerUnit: Unit = {
    tracked,
    node: owner,
    codePath: null,
    entryHeld: subject.style !== "await",
    // Work that throws before the client is released or handed over (`await client.query("BEGIN")`, then
    // `return client`) loses it. Node-style callbacks are the exception: a throw there crashes the process anyway —
    // but not an async one's awaits, a failed query's way in (async-callbacks.ts).
    throws: subject.style !== "callback",
    awaitsThrow: true,
    continuation: false,
  };
  tracked.units.push(ownerUnit);
  sink.addUnit(ownerUnit);
  /** A node-style callback holding the client does not count calls as throwing; these throws it does count. */
  const connect = { error: subject.errorParameter, client: subject.client };
  const addCertainThrows = (fn: Parameters<typeof certainThrows>[0], continuation: boolean): void => {
    for (const point of certainThrows(fn, sourceCode, { continuation, connect })) {
      sink.addReferenceEvent(point.identifier, { type: "throw", node: point.node, certain: point.certain });
    }
  };
  if (subject.style === "callback" && isCallbackFunction(owner)) addCertainThrows(owner, false);
  const unitsByFunction = new Map<TSESTree.Node, Unit>();
  const announced = new Set<TSESTree.Node>();
  const releases = references.filter((reference) => reference.kind === "release").map((reference) => reference.identifier);
  // Hand-overs by the function they are made in: a continuation made after one does not start holding the client.
  const transfersIn = new Map<TSESTree.Node, TSESTree.Identifier[]>();
  for (const { identifier, kind } of references) {
    const chain = kind === "transfer" ? functionsBetween(identifier, owner) : null;
    if (!chain) continue;
    const maker = chain.at(-1) ?? owner;
    transfersIn.set(maker, [...(transfersIn.get(maker) ?? []), identifier]);
  }
  const entryHeldIn = (fn: TSESTree.Node, maker: TSESTree.Node) =>
    !handedOverFirst(fn, maker, transfersIn.get(maker) ?? [], clientReferences);
  const flags = releaseFlags(releases, sourceCode);
  const pairedFlags = new Set<Variable | null>(flags);

  for (const identifier of subject.client ? uninitialisedLetNames(subject.client) : []) {
    sink.addReferenceEvent(identifier, { type: "reference", tracked, kind: "write", node: identifier, callee: null, flagGuarded: false });
  }
  for (const { identifier, kind } of references) {
    if ((kind === "acquire" || kind === "other") && isRebindingDeclaration(identifier)) {
      // A declaration of the client's variable — its own, or `let client = null` before the checkout — is a write that
      // ends what is known of a released earlier value: in a retry loop's body each turn starts from a fresh binding.
      sink.addReferenceEvent(identifier, { type: "reference", tracked, kind: "write", node: identifier, callee: null, flagGuarded: false });
    }
    if (kind === "acquire" || kind === "other") continue;
    const chain = functionsBetween(identifier, owner);
    if (!chain) continue;
    let placed = false;
    for (const [index, fn] of chain.entries()) {
      const existing = unitsByFunction.get(fn);
      if (existing) continue;
      // `function processed(err) { … done() }`, passed by name where it is declared: a continuation as if inline, taking
      // the client over where it is passed (a declaration's own place in the path says nothing: it is hoisted).
      const maker = index === 0 ? owner : chain[index - 1]!;
      const passing = releasingFunctions.has(fn) ? declaredContinuation(fn, maker, subject, sourceCode) : null;
      if (passing) {
        const unit: Unit = { tracked, node: fn, codePath: null, entryHeld: true, throws: false, continuation: true };
        unitsByFunction.set(fn, unit);
        tracked.units.push(unit);
        sink.addUnit(unit);
        for (const identifier of passing) sink.addReferenceEvent(identifier, { type: "deferred", tracked, node: fn });
        continue;
      }
      if (releasingFunctions.has(fn) && isContinuation(fn, subject, clientReferences, sourceCode)) {
        const unit: Unit = { tracked, node: fn, codePath: null, entryHeld: entryHeldIn(fn, maker), throws: false, continuation: true };
        unitsByFunction.set(fn, unit);
        tracked.units.push(unit);
        sink.addUnit(unit);
        sink.addFunctionEvent(fn, { type: "deferred", tracked, node: fn });
        if (isCallbackFunction(fn)) addCertainThrows(fn, true);
        continue;
      }
      // A function the owner only calls itself gives the client back at its calls (direct-call-releases.ts).
      if (releasingFunctions.has(fn) && !announced.has(fn)) {
        announced.add(fn);
        if (index > 0 || !calledOnlyByOwner(fn, owner, sourceCode)) sink.addFunctionEvent(fn, { type: "deferred", tracked, node: fn });
      }
      // A promise executor takes the client over where it is made, and runs at once: continuations inside it are
      // followed as their own units.
      const inner = chain.slice(index + 1);
      if (isPromiseExecutor(fn) && inner.some((f) => isContinuation(f, subject, clientReferences, sourceCode))) continue;
      placed = true;
      break;
    }
    if (placed) continue;
    const releasingTest = closureCalls.tests.get(identifier) ?? helperTests.get(identifier);
    if (releasingTest) {
      // No throw point of its own, as the release calls it stands for: the test is the segment's last event.
      sink.addReleaseCall(releasingTest);
      const guard = guardShape(releasingTest)!;
      sink.addReferenceEvent(identifier, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: !guard.truthy });
      continue;
    }
    if (kind === "release") {
      const call = releaseCallOf(identifier);
      if (call) sink.addReleaseCall(call);
    }
    const callee = kind === "argument" ? argumentCallee(identifier, sourceCode) : null;
    if (callee) {
      tracked.hasTransfer = true;
      (tracked.callees ??= []).push(callee);
      sink.addCallee(callee);
    }
    if (kind === "test") {
      const guard = guardShape(identifier);
      if (guard) {
        sink.addReferenceEvent(identifier, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: guard.truthy });
      }
      continue;
    }
    const guarded = kind === "release" || kind === "use" || kind === "argument" ? flagGuard(identifier, owner, sourceCode) : null;
    const flagVariable = guarded && acquisition ? resolveIdentifier(sourceCode, guarded.flag) : null;
    const flag = flagVariable && flagSharedByCheckouts(flagVariable, acquisition!.call) ? null : guarded;
    if (flag && (kind === "release" || callee) && !pairedFlags.has(resolveIdentifier(sourceCode, flag.flag))) {
      // The flag says whether the client is still held: the branch that skips this release holds none. A helper's
      // call is a release only if the helper releases its parameter, known once it is solved (lifetime-solver.ts).
      const when = callee ?? undefined;
      sink.addReferenceEvent(flag.flag, { type: "guard", tracked, thenNode: flag.thenNode, heldOnThen: true, when });
    }
    const viaClosure = closureCalls.calls.has(identifier) || closureCalls.handedOver.has(identifier);
    // The helper's own work runs before its release: its failure leaves with the client still held.
    const releasingCall = releasedAfterWork.get(identifier);
    if (releasingCall) sink.addReferenceEvent(identifier, { type: "throw", node: releasingCall });
    const setsFlags = kind === "release" ? flagsSetBeside(identifier, sourceCode) : undefined;
    const whileUnset = kind === "release" && flag ? releasedWhileUnset(identifier, owner, releases, sourceCode) : undefined;
    sink.addReferenceEvent(identifier, { type: "reference", tracked, kind, node: identifier, callee, flagGuarded: flag !== null || viaClosure, viaClosure, setsFlags, whileUnset });
  }

  // `released = true` beside a release: every `if (released) return;` / `if (!released) …` branches on whether the
  // client is still held.
  for (const flag of flags) {
    for (const reference of flag.references) {
      if (reference.isWrite()) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      if (functionsBetween(identifier, owner) === null) continue;
      const guard = guardShape(identifier);
      if (guard) sink.addReferenceEvent(identifier, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: !guard.truthy });
    }
  }

  // Node-style callbacks: `if (err) return cb(err)` runs without a client; `cl = client ?? await P.connect()`:
  // `if (client) …` runs without a checkout.
  const presentWhenNotHeld = subject.style === "callback" ? subject.errorParameter : (subject.alternative ?? null);
  const tests: TSESTree.Node[] = [...(presentWhenNotHeld?.references.map((reference) => reference.identifier) ?? []), ...(subject.alternativeReads ?? [])];
  for (const tested of tests) {
    if (functionsBetween(tested, owner)?.length !== 0) continue;
    const guard = guardShape(tested);
    // Keyed on an identifier the traversal visits: the variable itself, or the field's name in `this.field`.
    const key = tested.type === AST_NODE_TYPES.MemberExpression ? (tested.property as TSESTree.Identifier) : (tested as TSESTree.Identifier);
    if (guard) sink.addReferenceEvent(key, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: !guard.truthy });
  }
  // `s = isPool ? new Session(await P.connect()) : this`: `if (isPool) …` runs with the checkout, its else without;
  // `const useTransaction = !provided` beside `cl = provided || await P.connect()` likewise, and the other constants
  // derived from the caller's client (`provided == null`, one read before `if (!c) c = await P.connect()`:
  // derived-hold-flags.ts).
  const heldFlags: Array<{ variable: Variable; property?: string; heldWhenTruthy: boolean }> = [...(subject.heldWhen ?? [])];
  // `tracker = new Tracker(client)` right after `client = await P.connect()`: set exactly when the checkout is held
  // (constructed-hold-flags.ts).
  for (const flag of acquisition ? [...derivedHoldFlags(acquisition, sourceCode), ...constructedHoldFlags(acquisition, sourceCode)] : []) {
    if (!heldFlags.some((known) => known.variable === flag.variable && known.property === undefined)) heldFlags.push(flag);
  }
  for (const flag of heldFlags) {
    for (const read of conditionReads(flag)) {
      if (functionsBetween(read, owner)?.length !== 0) continue;
      const guard = guardShape(read);
      // Keyed on an identifier the traversal visits: the constant, or the property's name in `db.flag`.
      const key = read.type === AST_NODE_TYPES.MemberExpression ? (read.property as TSESTree.Identifier) : (read as TSESTree.Identifier);
      if (guard) sink.addReferenceEvent(key, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: guard.truthy === flag.heldWhenTruthy });
    }
  }
  // `c = x instanceof Pool ? await x.connect() : x`: `if (x instanceof Pool) …` runs with the checkout, its else without.
  const instance = subject.heldWhenInstance;
  if (instance) {
    for (const { test, classIdentifier } of instanceTests(sourceCode, owner, instance)) {
      if (functionsBetween(classIdentifier, owner)?.length !== 0) continue;
      const guard = guardShape(test);
      if (guard) sink.addReferenceEvent(classIdentifier, { type: "guard", tracked, thenNode: guard.thenNode, heldOnThen: guard.truthy === instance.heldWhenTrue });
    }
  }
  return tracked;
}

/** The `try` whose `finally` block contains `node` (within `owner`), if any. */
function finallyOf(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.TryStatement | null {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && current !== owner) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child) return current;
    child = current;
    current = current.parent;
  }
  return null;
}

/** The call that releases through `identifier`: `c.release(…)` or `done(…)`. */
function releaseCallOf(identifier: TSESTree.Identifier): TSESTree.CallExpression | null {
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type === AST_NODE_TYPES.CallExpression) return parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression) return null;
  const call = parentSkippingWrappers(parent);
  return call?.type === AST_NODE_TYPES.CallExpression ? call : null;
}
