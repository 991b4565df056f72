// The model the lifetime analysis works on: the client followed (Tracked), the code paths that hold it (Unit), and
// what happens to it at each point of a path (LifetimeEvent). lifetime-plan.ts builds it once per acquisition, the
// traversal (lifetime.ts) replays its events, lifetime-solver.ts decides from them.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import type { AnsweringHelper } from "./answering-helper-releases.js";
import type { FunctionNode } from "../node-shapes.js";
import type { ClientReferenceKind } from "./client-references.js";
import type { CertainThrow } from "./callback-throws.js";
import type { EventBinding } from "./event-bound-releases.js";
import type { ErrorSplit } from "./error-splitting-wrappers.js";
import type { SkippingRead, TaskListRelease } from "./task-list-releases.js";
import type { CodePath } from "./segments.js";

/** The fields of an acquisition the plan needs; a helper's client parameter is followed the same way. */
export type Subject = Pick<
  Acquisition,
  | "style"
  | "client"
  | "releaseFunction"
  | "errorParameter"
  | "owner"
  | "binding"
  | "wrapped"
  | "alternative"
  | "alternativeReads"
  | "heldWhen"
  | "heldWhenInstance"
>;

/** A client being followed: an acquisition, or a function parameter whose release makes a call a transfer. */
export interface Tracked {
  subject: Subject;
  /** Null for a helper's parameter (its summary is all we need). */
  acquisition: Acquisition | null;
  units: Unit[];
  /** Some reference releases it (anywhere, nested callbacks included). */
  hasRelease: boolean;
  /** Some reference hands it over (returned, stored…) or passes it to a helper of this file. */
  hasTransfer: boolean;
  /** Some reference hands it over itself (returned, stored…), not by passing it to a helper of this file. */
  handsOver?: boolean;
  /** The helpers of this file it is passed to, whose answer the solver asks for. */
  callees?: Callee[];
  /** `try` statements whose `finally` releases it, in source order. */
  releaseTries: TSESTree.TryStatement[];
  /** `.then(onFulfilled)` calls whose handler releases it while no rejection handler or `.finally` does. */
  fulfilledOnlyReleases: TSESTree.CallExpression[];
  /** `.catch(onRejected)` calls (or two-callback `.then`) whose handler releases it, when no other reference releases or hands it over. */
  rejectedOnlyReleases?: TSESTree.CallExpression[];
  /** Every release is a listener of 'end' or 'finish' (`stream.on("end", done)`): the first such binding. */
  successOnlyRelease: EventBinding | null;
  /** Every rejection handler that releases it throws first on some path (rejection-handler-throws.ts): that `throw`. */
  rejectionThrow?: TSESTree.ThrowStatement | null;
  /** Every release sits in the success function of an error-splitting wrapper (`ok(cb, fn)`): the first wrapper. */
  errorSplitRelease: ErrorSplit | null;
  /** Every release sits in a later task of an `async.series`/`waterfall` list after a task using the client. */
  laterTaskRelease: TaskListRelease | null;
  /**
   * Every release sits in the final callback of an `async.parallel`/`series`/`waterfall` call, and a task's query callback
   * reads its result before its error, or destructures it, before calling back (task-list-releases.ts): that read.
   */
  finalCallbackRead?: SkippingRead | null;
  /**
   * Every release sits in a callback given to a local module's function that calls it only after an unchecked read of
   * its query's result (imported-functions.ts skipsCallbackOnFailedQuery): that call.
   */
  skippedByImportedCall?: TSESTree.CallExpression | null;
  /** Returned from an Apollo Server 4 `context` option, whose plugins release it only on executed requests. */
  apolloContext?: boolean;
  /** Returned from an Apollo Server 2/3 `context` option whose `formatResponse` alone releases it (error answers skip it). */
  apolloFormatResponse?: boolean;
}

/** One code path that holds the client: the owner, or a callback continuing its work (`client.query(sql, cb)`). */
export interface Unit {
  tracked: Tracked;
  node: TSESTree.Node;
  codePath: CodePath | null;
  /** Held when the path starts (a callback receiving the client) rather than at an acquire event. */
  entryHeld: boolean;
  /** Calls and awaits count as throwing (not in node-style callbacks, where a throw crashes the process anyway). */
  throws: boolean;
  /**
   * Awaits count as throwing even where calls do not: the owner's, an `async` node-style connect callback's awaited
   * rejections (a failed query) being its routine error channel, as `err` is a synchronous one's (async-callbacks.ts).
   */
  awaitsThrow?: boolean;
  continuation: boolean;
}

/** What happens to a client at one point of a code path. */
export type LifetimeEvent =
  | { type: "acquire"; tracked: Tracked }
  | {
      type: "reference";
      tracked: Tracked;
      kind: ClientReferenceKind;
      node: TSESTree.Identifier;
      callee: Callee | null;
      /** Inside a branch on a boolean flag (`if (!released) client.release()`): whether it runs is not followed. */
      flagGuarded: boolean;
      /** A call of a closure of the owner that releases the client (`finish()`), which tracks its own state. */
      viaClosure?: boolean;
      /** A release: the flags set beside it (`released = true; client.release()`; unset-flag-releases.ts). */
      setsFlags?: readonly TSESLint.Scope.Variable[];
      /** A flag-guarded release that runs only while this release flag is still unset (`if (!released) …`). */
      whileUnset?: TSESLint.Scope.Variable | null;
    }
  /** A nested function that releases the client later (timer, event, promise handler): it takes the client over. */
  | { type: "deferred"; tracked: Tracked; node: FunctionNode }
  /**
   * The test of a branch on the client (or the callback's error): on one side no client is held. `when`: only if that
   * helper of the file releases (or takes over) the client passed to it — a flag guarding `releaseClient(client)`.
   */
  | { type: "guard"; tracked: Tracked; thenNode: TSESTree.Node; heldOnThen: boolean; when?: Callee }
  /**
   * `certain`: a throw counted even in a node-style callback (see callback-throws.ts). `endsPool`: the call is (or
   * awaits) `P.end()`, which waits for ever on a path that holds a client of `P` (pool-end.ts). `rejectionHandled`:
   * the awaited chain catches end()'s rejection, so the node throws nothing and counts only as that wait.
   */
  | { type: "throw"; node: TSESTree.Node; certain?: CertainThrow; endsPool?: TSESTree.Node; rejectionHandled?: true }
  /** `process.exit(…)`: the process ends here, and every path with it (process-exit.ts). */
  | { type: "end"; node: TSESTree.Node };

export interface Callee {
  callee: FunctionNode;
  index: number;
}

/** Where the plan's events go: the analysis owns these maps and reads them during the traversal. */
export interface PlanSink {
  addReferenceEvent(identifier: TSESTree.Identifier, event: LifetimeEvent): void;
  addFunctionEvent(fn: FunctionNode, event: LifetimeEvent): void;
  addUnit(unit: Unit): void;
  addReleaseCall(call: TSESTree.CallExpression): void;
  /** A function of this file that a client is passed to: the analysis follows what it does with that parameter. */
  addCallee(callee: Callee): void;
  /** `this.method(client)` where `method` is inherited from a base class of another module that stores it. */
  storedByInheritedMethod?(identifier: TSESTree.Identifier): boolean;
  /**
   * `f(client)` where `f`, imported from a local module, releases or stores that parameter on every path: a release
   * when it only gives it back, a hand-over when some path stores it.
   */
  handedToImportedFunction?(identifier: TSESTree.Identifier): "release" | "transfer" | null;
  /** `if (utils.handleError(err, client, done)) return;`: the answering helper a local module exports (imported-answering-helpers.ts). */
  importedAnsweringHelper?(call: TSESTree.CallExpression): AnsweringHelper | null;
  /** `f(client)` where `f`, imported from a local module, releases that parameter after work of its own: the call. */
  releasedAfterWorkByImportedFunction?(identifier: TSESTree.Identifier): TSESTree.CallExpression | null;
  /** `f(client, (user) => { done(); })` where `f`, of a local module, never calls that callback when its query fails. */
  skipsCallbackOnFailedQuery?(call: TSESTree.CallExpression, callbackIndex: number, isClient: (argument: TSESTree.Node) => boolean): boolean;
  /**
   * `service.m(…)` on the wrapper of `new C(await P.connect())` where `C`'s method `m` releases the client in a finally
   * ("release"), or a member of such a wrapper that never reaches the client ("spare"); else null.
   */
  wrapperUse?(identifier: TSESTree.Identifier, acquisition: Acquisition): "release" | "spare" | null;
}
