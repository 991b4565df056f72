// The lifetime analysis: for each client acquired from a pool, is it released (or handed over) on every path out of
// the code that holds it, exceptions included — and is it ever used after a release? The acquisitions are found
// first, from the text; then the events of the code paths that hold a client are recorded per code path segment
// (Map lookups only), by replaying ESLint's precomputed traversal of just those paths (traversal-replay.ts) or, on an
// ESLint without one, by listening to the whole file; the answers are computed once every event is in.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findAcquisition, isGeneratorAwait, type Acquisition } from "./acquisition.js";
import { isFunctionNode, parentSkippingWrappers } from "../node-shapes.js";
import { FileMemo } from "../file-memo.js";
import { endsInExitingFinally } from "./exiting-finally.js";
import { finallyReleased } from "./finally-released.js";
import { callbackReleased } from "./callback-released.js";
import { planTracking } from "./lifetime-plan.js";
import type { Callee, LifetimeEvent, PlanSink, Tracked, Unit } from "./lifetime-model.js";
import { solveLeaks } from "./lifetime-solver.js";
import { createPoolMatcher } from "../pools/pool-detection.js";
import { SegmentTracker } from "./segments.js";
import { storedByInheritedMethod } from "./inherited-hand-over.js";
import { wrapperUse } from "./releasing-wrapper-methods.js";
import { importedAnsweringHelper } from "./imported-answering-helpers.js";
import { handedToImportedFunction, releasedAfterWorkByImportedFunction, skipsCallbackOnFailedQuery } from "./imported-functions.js";
import { lentToBorrowingFunction } from "./borrowed-checkouts.js";
import { droppedImportedCheckouts, handsResultBackToItsModule, importedHelperCheckouts, importsLocalModule, saysClientWork } from "./imported-checkouts.js";
import { importedCallbackCheckouts } from "./imported-callback-checkouts.js";
import { returnBeforeContinuation } from "./continuation-chains.js";
import { returnedIntoBatch, strandedCheckout } from "./stranded-checkouts.js";
import { listenerClearedLeak } from "./listener-cleared-holders.js";
import { helperCheckouts } from "./helper-checkouts.js";
import { forwardingCallbackCheckouts, localCallbackCheckouts } from "./local-callback-checkouts.js";
import { pairedCheckouts } from "./paired-checkouts.js";
import { armsWithOtherValues, otherArmsLeak } from "./arm-checkouts.js";
import { importedClassCheckouts, mergeClassCheckouts, sameFileClassCheckouts } from "./class-checkouts.js";
import { wrappedStaticCheckouts } from "./wrapped-static-checkouts.js";
import { builderOnlyRunner, CREATE_QUERY_RUNNER, findQueryRunner } from "./query-runner.js";
import { runnerHelperCalls } from "./runner-helper-calls.js";
import type { ModuleParser } from "../pools/module-pools.js";
import { callsNamed, membersNamed, saysName } from "../text-search.js";
import { throwFreeHelpers } from "./throw-free-helpers.js";
import { isThrowFreePackageCall } from "./throw-free-packages.js";
import { swallowedResultReads } from "./swallowed-results.js";
import { HelperParameters } from "./helper-parameters.js";
import { findUsesAfterRelease } from "./after-release-findings.js";
import { leakOf } from "./leak-description.js";
import { reachesProcessExit } from "./process-exit.js";
import { throwPointHandler } from "./throw-point-events.js";
import {
  handlersAsListeners,
  replayCodePaths,
  traversalSteps,
  type CodePathHandler,
  type NodeHandler,
  type ReplayHandlers,
} from "./traversal-replay.js";

export type { Leak, LeakCause, LifetimeHandlers, UseAfterRelease } from "./lifetime-findings.js";
import type { Leak, LifetimeHandlers, UseAfterRelease } from "./lifetime-findings.js";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The answers for one file, each computed once, on first demand, once every event is recorded. */
interface LifetimeResults {
  leaks(): Leak[];
  usesAfterRelease(): UseAfterRelease[];
}

/**
 * One analysis per linted file, whichever rules ask for it: the first rule to ask runs it, in its `create` (which
 * ESLint 10's per-rule timing counts) or its listeners, and the others only collect the answers.
 */
interface SharedAnalysis {
  /** null: the file has nothing to follow. */
  results: LifetimeResults | null;
  /** Whether every event is recorded (at once when the traversal is replayed; at the Program's end with listeners). */
  complete: boolean;
  /** Rules that asked in this lint run; a rule asking twice means a new run over the same SourceCode object. */
  consumers: Set<string>;
  settings: unknown;
}

/** The analysis of the file being linted (see FileMemo: held no longer than ESLint holds the file). */
const analyses = new FileMemo<SharedAnalysis>();

/**
 * Runs the analysis over a file and calls the handlers once it is done, in source order; returns the ESLint
 * listeners that still need to run (none when ESLint's traversal could be replayed, the usual case: then the
 * handlers are called before this returns). Rules linting the same file share one analysis.
 */
export function analyzeClientLifetimes(context: Context, handlers: LifetimeHandlers): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const existing = analyses.get(sourceCode);
  if (existing && existing.settings === context.settings && !existing.consumers.has(context.id)) {
    existing.consumers.add(context.id);
    const results = existing.results;
    if (!results) return {};
    if (existing.complete) {
      deliver(results, handlers);
      return {};
    }
    return {
      onCodePathEnd(codePath: TSESLint.CodePath) {
        if (codePath.upper === null) deliver(results, handlers);
      },
    };
  }
  const entry: SharedAnalysis = { results: null, complete: false, consumers: new Set([context.id]), settings: context.settings };
  analyses.set(sourceCode, entry);
  const recorded = recordLifetimes(context);
  if (!recorded) {
    entry.complete = true;
    return {};
  }
  entry.results = recorded.results;
  const steps = traversalSteps(sourceCode);
  if (!steps) {
    return recorded.listeners(() => {
      entry.complete = true;
      deliver(recorded.results, handlers);
    });
  }
  entry.complete = true;
  try {
    replayCodePaths(steps, recorded.roots, recorded.handlers);
  } catch {
    // Steps of a shape this code does not know: say nothing rather than guess (or crash ESLint).
    entry.results = null;
    return {};
  }
  deliver(recorded.results, handlers);
  return {};
}

function deliver(results: LifetimeResults, handlers: LifetimeHandlers): void {
  if (handlers.onLeak) for (const leak of results.leaks()) handlers.onLeak(leak);
  if (handlers.onUseAfterRelease) for (const finding of results.usesAfterRelease()) handlers.onUseAfterRelease(finding);
}

/** A lazily computed value. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** What the analysis of one file follows, and how. */
interface Recording {
  /** The handlers that record the events, for a replay of the code paths starting at `roots`. */
  handlers: ReplayHandlers;
  /** The nodes whose code paths hold a client (functions, class field values, static blocks, the Program). */
  roots: ReadonlySet<TSESTree.Node>;
  /** The same handlers as ESLint listeners over the whole file, calling `onProgramEnd` once every event is in. */
  listeners(onProgramEnd: () => void): TSESLint.RuleListener;
  /** The answers, computed on first demand once every event is recorded. */
  results: LifetimeResults;
}

/** A file that may drop an imported helper's checkout says a callee name such as `connectToDB` or `getClient`. */
const DROPPED_HELPER_NAME = /conn|client/i;

/** Whether the text says a callback-style checkout's words: it queries the client or releases it (`done`, `release`). */
function saysRelease(text: string): boolean {
  return saysName(text, "query") || saysName(text, "done") || saysName(text, "release");
}

/** How the file's lifetimes are recorded, and the answers it leads to; null when the file has nothing to follow. */
function recordLifetimes(context: Context): Recording | null {
  const sourceCode = context.sourceCode;
  // Every acquisition is a `connect` call or a TypeORM `createQueryRunner` call: a file that says neither has nothing
  // to follow (most files).
  // (`QueryRunner` first: a capital Q is rare in code, so the scan for it skips ahead where `c` stops it at every word.)
  const runners = sourceCode.text.includes("QueryRunner") && sourceCode.text.includes(CREATE_QUERY_RUNNER);
  // …or an imported helper's call (`await getClient()`), in a file that imports a local module and queries a client.
  const connects = saysName(sourceCode.text, "connect"); // as a whole name (text-search.ts)
  // Found first, so that a file with neither costs no more than the search (imported-checkouts.ts).
  // Whether the file imports a relative module at all: a look at its top-level statements, once.
  const filename = context.physicalFilename ?? context.filename;
  // A bare specifier is resolved only when a reading of an imported module can follow: each needs a checkout found in
  // the file (`connect`, `createQueryRunner`) or a word of the text first — `await`; `query`, `done` or `release`; a
  // callee name like `connectToDB` (below).
  let dropsHelper: boolean | undefined;
  const importsLocal = importsLocalModule(
    sourceCode,
    filename,
    () => runners || connects || saysName(sourceCode.text, "await") || saysRelease(sourceCode.text) || (dropsHelper = DROPPED_HELPER_NAME.test(sourceCode.text)),
  );
  const awaits = importsLocal && saysName(sourceCode.text, "await");
  const imported = !awaits
    ? []
    : saysClientWork(sourceCode.text)
      ? [...importedHelperCheckouts(sourceCode, filename, parserOf(context)), ...importedClassCheckouts(sourceCode, filename, parserOf(context))]
      : // …or one given back only through its own module's functions, which need not say any of those words.
        handsResultBackToItsModule(sourceCode, filename)
        ? importedHelperCheckouts(sourceCode, filename, parserOf(context))
        : [];
  // A callback-style helper's checkout (`getClient(function (err, client, done) { client.query(…) })`) needs no `await`;
  // a callback that never queries still says its release's name (`done`, `release`). (The text is scanned only for a
  // file that imports a module: up to three scans to its end otherwise, for nothing.)
  if (importsLocal && saysRelease(sourceCode.text)) {
    imported.push(...importedCallbackCheckouts(sourceCode, filename, parserOf(context)));
  }
  // An imported helper's checkout dropped by a call of its own (`connectToDB();`), in a file that says such a name.
  if (importsLocal && (dropsHelper ?? DROPPED_HELPER_NAME.test(sourceCode.text))) imported.push(...droppedImportedCheckouts(sourceCode, filename, parserOf(context)));
  if (!runners && !connects && imported.length === 0) return null;
  const isPool = createPoolMatcher(context);
  const referenceEvents = new Map<TSESTree.Node, LifetimeEvent[]>();
  const functionEvents = new Map<TSESTree.Node, LifetimeEvent[]>();
  const unitsByNode = new Map<TSESTree.Node, Unit[]>();
  const releaseCalls = new Set<TSESTree.Node>();
  /** Nodes that would count as throw points but are part of an acquisition (the wrapper made around a client). */
  const quiet = new Set<TSESTree.Node>();
  const acquireAt = new Map<TSESTree.Node, Tracked[]>();
  /** A runner's lazily connecting await (`await qr.query(…)`): it may throw once connected, so held before it throws. */
  const acquireBefore = new Map<TSESTree.Node, Tracked[]>();
  const acquisitions: Tracked[] = [];
  const discarded: Acquisition[] = [];
  /** Checkouts handed straight on and lost all the same (a `Promise.all` batch, a request that ends first). */
  const stranded: Leak[] = [];
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const sink: PlanSink = {
    addReferenceEvent: (identifier, event) => add(referenceEvents, identifier, event),
    addFunctionEvent: (fn, event) => add(functionEvents, fn, event),
    addUnit: (unit) => add(unitsByNode, unit.node, unit),
    addReleaseCall: (call) => releaseCalls.add(call),
    addCallee: (callee) => calleesToFollow.push(callee),
    storedByInheritedMethod: (identifier) =>
      storedByInheritedMethod(identifier, sourceCode, context.physicalFilename ?? context.filename, parserOf(context)),
    wrapperUse: (identifier, acquisition) =>
      wrapperUse(identifier, acquisition, sourceCode, context.physicalFilename ?? context.filename, parserOf(context)),
    // Only a file that imports a relative module can hand its client to one's function.
    handedToImportedFunction: importsLocal
      ? (identifier) => handedToImportedFunction(identifier, sourceCode, context.physicalFilename ?? context.filename, parserOf(context))
      : undefined,
    importedAnsweringHelper: importsLocal
      ? (call) => importedAnsweringHelper(call, sourceCode, context.physicalFilename ?? context.filename, parserOf(context))
      : undefined,
    releasedAfterWorkByImportedFunction: importsLocal
      ? (identifier) => releasedAfterWorkByImportedFunction(identifier, sourceCode, context.physicalFilename ?? context.filename, parserOf(context))
      : undefined,
    skipsCallbackOnFailedQuery: importsLocal
      ? (call, callbackIndex, isClient) =>
          skipsCallbackOnFailedQuery(call, callbackIndex, isClient, sourceCode, context.physicalFilename ?? context.filename, parserOf(context))
      : undefined,
  };
  const calleesToFollow: Callee[] = [];

  const tracker: SegmentTracker<LifetimeEvent> = new SegmentTracker<LifetimeEvent>({
    onPathStart(node, codePath, appendToParent) {
      for (const event of functionEvents.get(node) ?? []) appendToParent?.(event);
      const units = unitsByNode.get(node);
      if (!units) return;
      for (const unit of units) unit.codePath = codePath;
      tracker.trackCurrentPath();
    },
  });

  const parameters = new HelperParameters(sourceCode, sink, tracker);
  const releasesParameter = parameters.releasesParameter;

  const byPosition = (a: { range: [number, number] }, b: { range: [number, number] }) => a.range[0] - b.range[0];

  const results: LifetimeResults = {
    leaks: once(() => {
      const leaks: Leak[] = discarded.map((acquisition) => ({
        acquisition,
        cause: "neverReleased",
        at: acquisition.call,
        line: acquisition.call.loc.start.line,
        exit: "end",
        tryStatement: null,
      }));
      leaks.push(...stranded);
      const endsProcess = (unit: Unit) => unit.codePath !== null && reachesProcessExit(unit.codePath, (segment) => tracker.eventsOf(segment));
      for (const tracked of acquisitions) {
        const solved = leakOf(tracked, (unit) => solveLeaks(unit, tracker, releasesParameter), endsProcess);
        const leak = otherArms.has(tracked.acquisition!) ? otherArmsLeak(tracked, solved, (callee) => parameters.onlyUses(callee), endsProcess) : solved;
        // Handed over on every path, but dropped by its own 'error'/'end' listener (listener-cleared-holders.ts).
        // …or handed back to a Promise.all that drops it when another element rejects (batched-checkouts.ts).
        const lost = leak ?? (tracked.acquisition ? (listenerClearedLeak(tracked.acquisition, sourceCode) ?? returnedIntoBatch(tracked.acquisition)) : null);
        if (lost) leaks.push(lost);
      }
      // A callback's release reached only through a chain of continuations, one of which returns first.
      const leaking = new Set(leaks.map((leak) => leak.acquisition));
      for (const acquisition of found) {
        if (acquisition.style !== "callback" || leaking.has(acquisition)) continue;
        const at = returnBeforeContinuation(acquisition, sourceCode);
        if (at) leaks.push({ acquisition, cause: "callbackPathWithoutDone", at, line: at.loc.start.line, exit: "return", tryStatement: null });
      }
      return leaks.sort((a, b) => byPosition(a.acquisition.call, b.acquisition.call));
    }),
    // A chain's second release counts only after work that can throw; a throw-free helper's call is none.
    usesAfterRelease: once(() =>
      findUsesAfterRelease(acquisitions, tracker, releasesParameter, sourceCode.visitorKeys, (node) =>
        node.type === AST_NODE_TYPES.CallExpression && (isThrowFreePackageCall(sourceCode, node) || isThrowFreeHelper(node)),
      ),
    ),
  };

  // Acquisitions are found from the tokens before any event is recorded (scope analysis is complete by then), so
  // that only the code paths that hold a client are followed, and only the identifiers that can matter.
  const found: Acquisition[] = [];
  /** Checkouts in one arm of a choice whose other arms are not checkouts (arm-checkouts.ts). */
  let otherArms = new Set<Acquisition>();
  const connectCalls = connects ? callsNamed(sourceCode, "connect") : [];
  for (const call of connectCalls) {
    const acquisition = findAcquisition(call, isPool, sourceCode);
    if (acquisition) found.push(acquisition);
  }
  // The file's helpers that hand their caller's callback to a pool's connect itself (`pool.connect(cb)`).
  found.push(...forwardingCallbackCheckouts(connectCalls, isPool, sourceCode));
  // Helpers and classes imported from local modules that hand out a checkout (imported-checkouts.ts, class-checkouts.ts).
  mergeClassCheckouts(found, imported);
  // The file's own functions and class methods that give a checkout to their caller: each awaited call of one is a
  // checkout too.
  if (found.length > 0) found.push(...helperCheckouts(found, sourceCode));
  // …and the file's own callback-style helpers that forward pg's `(err, client, done)` to their caller's callback.
  if (found.length > 0) found.push(...localCallbackCheckouts(found, sourceCode));
  if (found.length > 0) found.push(...pairedCheckouts(found, sourceCode));
  if (found.length > 0) mergeClassCheckouts(found, sameFileClassCheckouts(found, sourceCode));
  // …and a class's static method that resolves one through a wrapper's callback (`await retry(async () => …)`).
  if (found.length > 0) mergeClassCheckouts(found, wrappedStaticCheckouts(found, sourceCode));
  otherArms = armsWithOtherValues(found);
  for (const acquisition of found) {
    // A dropped checkout followed by a finally that ends the process on every path is not leaked (exiting-finally.ts).
    if (acquisition.target === "discarded" && !endsInExitingFinally(acquisition.call, sourceCode)) discarded.push(acquisition);
    // Put into an object that an imported function only borrows (borrowed-checkouts.ts): dropped all the same.
    else if (acquisition.target === "transferred" && importsLocal && lentToBorrowingFunction(acquisition.call, sourceCode, filename, parserOf(context))) {
      discarded.push(acquisition);
    }
    const lost = strandedCheckout(acquisition, sourceCode);
    if (lost) stranded.push(lost);
    if (acquisition.target !== "variable") continue;
    // finally-released.ts's shortcut looks for `release()`; a pg-promise connection (given back by `done()`) is followed.
    const settled =
      acquisition.style === "callback"
        ? callbackReleased(acquisition, sourceCode)
        : acquisition.pgPromise === true
          ? null
          : finallyReleased(acquisition, sourceCode);
    if (settled) {
      // Nothing to follow; its uses and its release stay the client's, which is no throw point on other clients' paths.
      for (const identifier of settled.references) if (!referenceEvents.has(identifier)) referenceEvents.set(identifier, []);
      releaseCalls.add(settled.release);
      continue;
    }
    const tracked = planTracking(acquisition, acquisition, sourceCode, sink);
    // One arm of a choice whose other arms are not checkouts: followed only while nothing releases or hands it over.
    if (otherArms.has(acquisition) && (tracked.hasRelease || tracked.handsOver === true)) continue;
    acquisitions.push(tracked);
    // The client is held from the moment the `await` of `connect()` completes: the binding's own exit follows with
    // nothing in between but TS wrappers, so the event goes there and no declarator/assignment listener is needed.
    const awaited = acquisition.style === "await" ? (acquisition.awaited ?? parentSkippingWrappers(acquisition.call)) : undefined;
    if (awaited?.type === AST_NODE_TYPES.AwaitExpression || isGeneratorAwait(awaited)) add(acquireAt, awaited, tracked);
    // `new Session(await P.connect())`: making the wrapper is part of the hand-over, not work that may throw.
    const wrapping = acquisition.wrapped && awaited ? parentSkippingWrappers(awaited) : undefined;
    if (wrapping?.type === AST_NODE_TYPES.NewExpression) quiet.add(wrapping);
  }
  // A TypeORM QueryRunner holds its pooled connection from its first connecting await on (query-runner.ts).
  // …and so does one a class's helper makes when called with no runner (`this.getQueryRunner()`, runner-helper-calls.ts).
  const made = runners ? callsNamed(sourceCode, CREATE_QUERY_RUNNER) : [];
  const helperCalls = new Set(made.flatMap((call) => runnerHelperCalls(call, sourceCode)));
  for (const call of [...made, ...helperCalls]) {
    const lost = helperCalls.has(call) ? null : builderOnlyRunner(call);
    if (lost) discarded.push(lost);
    const runner = lost ? null : findQueryRunner(call, sourceCode, helperCalls.has(call));
    if (!runner) continue;
    const tracked = planTracking(runner.acquisition, runner.acquisition, sourceCode, sink);
    acquisitions.push(tracked);
    for (const { awaited, lazy } of runner.connectsAt) add(lazy ? acquireBefore : acquireAt, awaited, tracked);
  }
  if (acquisitions.length === 0 && discarded.length === 0 && stranded.length === 0) return null;
  // `let data; await q.then((r) => { data = r; }).catch(log); data.rows`: a read that throws when the catch swallowed.
  const readsScanned = new Set<TSESTree.Node>();
  for (const tracked of acquisitions) {
    const owner = tracked.subject.owner;
    const body = owner.type === AST_NODE_TYPES.Program ? owner : isFunctionNode(owner) && owner.body?.type === AST_NODE_TYPES.BlockStatement ? owner.body : null;
    if (!body || readsScanned.has(body)) continue;
    readsScanned.add(body);
    for (const read of swallowedResultReads(body, sourceCode)) {
      add(referenceEvents, read.identifier, { type: "throw", node: read.node, certain: "swallowedResult" });
    }
  }
  parameters.followReleasing(membersNamed(sourceCode, "release"));
  // Following a helper can find the helpers it passes the client on to: a worklist, bounded (helper-parameters.ts).
  for (let index = 0; index < calleesToFollow.length; index++) {
    const { callee, index: parameter } = calleesToFollow[index]!;
    parameters.follow(callee, parameter);
  }

  // A helper the analysis can read is only read for a call made while a client is held.
  const isThrowFreeHelper = throwFreeHelpers(sourceCode, context.physicalFilename ?? context.filename, parserOf(context));
  const onThrowPoint = throwPointHandler({ sourceCode, tracker, referenceEvents, releaseCalls, quiet, isThrowFreeHelper, filename, parser: parserOf(context) });
  const onExit = (node: TSESTree.Node): void => tracker.markExit(node);
  /** An `await` (or a generator's `yield`) may throw, and completes the acquisitions that wait on it. */
  const onAwait = (node: TSESTree.Node): void => {
    for (const tracked of acquireBefore.get(node) ?? []) tracker.append({ type: "acquire", tracked });
    onThrowPoint(node);
    for (const tracked of acquireAt.get(node) ?? []) tracker.append({ type: "acquire", tracked });
  };
  const onIdentifier = (node: TSESTree.Node): void => {
    const events = referenceEvents.get(node);
    if (events) for (const event of events) tracker.append(event);
    onLoopHead(node);
  };
  /** The left of `for await (… of …)`, entered on every step, after the awaited next() that may reject. */
  const onLoopHead = (node: TSESTree.Node): void => {
    const loop = node.parent;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.await && loop.left === node) onThrowPoint(loop);
  };
  const codePath = tracker.handlers();
  const handlers: ReplayHandlers = {
    enter: new Map<string, NodeHandler>([
      [AST_NODE_TYPES.Identifier, onIdentifier],
      [AST_NODE_TYPES.VariableDeclaration, onLoopHead],
      [AST_NODE_TYPES.ReturnStatement, onExit],
      [AST_NODE_TYPES.ThrowStatement, onExit],
      [AST_NODE_TYPES.BreakStatement, onExit],
      [AST_NODE_TYPES.ContinueStatement, onExit],
    ]),
    exit: new Map<string, NodeHandler>([
      [AST_NODE_TYPES.CallExpression, onThrowPoint],
      [AST_NODE_TYPES.NewExpression, onThrowPoint],
      [AST_NODE_TYPES.AwaitExpression, onAwait],
      [AST_NODE_TYPES.YieldExpression, onAwait],
      [AST_NODE_TYPES.TaggedTemplateExpression, onThrowPoint],
    ]),
    codePath: new Map<string, CodePathHandler>(Object.entries(codePath) as Array<[string, CodePathHandler]>),
  };

  /** The same handlers as ESLint listeners, for an ESLint whose traversal cannot be replayed. */
  const listeners = (onProgramEnd: () => void): TSESLint.RuleListener => {
    const names = new Set<string>();
    for (const node of referenceEvents.keys()) if (node.type === AST_NODE_TYPES.Identifier) names.add(node.name);
    return handlersAsListeners(handlers, names, onProgramEnd);
  };

  return { handlers, roots: new Set(unitsByNode.keys()), listeners, results };
}

export function parserOf(context: Context): ModuleParser | undefined {
  return (context.languageOptions as { parser?: ModuleParser } | undefined)?.parser;
}

