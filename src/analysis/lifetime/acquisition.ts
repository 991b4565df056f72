// The client acquisition model every leak rule shares: where a pg client is acquired from a pool, which variable
// holds it, and what each reference to that variable does (release, use, transfer). Purely syntactic plus scope
// analysis — never name matching for the client — so shadowed names cannot confuse it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isHandedInPgModule, isLegacyModulePool } from "../pools/legacy-module-pool.js";
import { releasingHelperTest, type AnsweringHelper } from "./answering-helper-releases.js";
import { comesFromOtherPackage, isOtherLibraryReceiver } from "../pools/other-libraries.js";
import { isConnectOptions, isPgPromiseDatabase } from "../pools/pg-promise.js";
import { isCallbackFunction, passedCallback, type CallbackFunction } from "./callback-arguments.js";
import { namedConnectCallback } from "./named-callbacks.js";
import { errorSplit, errorTakingWrapped } from "./error-splitting-wrappers.js";
import type { ThisField } from "./fallback-runner.js";
import { classifyReference } from "./client-references.js";
import { awaitedTarget, parameterVariable, type AcquisitionTarget } from "./awaited-target.js";
import { destructuredWithoutRelease } from "./destructured-checkouts.js";
import type { CheckoutCondition } from "./checkout-condition.js";
import type { InstanceCheckout } from "./instance-checkout.js";
import { awaitedThunkCheckout } from "./thunk-checkout.js";
import { runsPgSubmittable } from "./submittable-evidence.js";
import { isUnreadCheckoutPromise } from "./unread-checkout.js";
import { awaitOfCheckoutPromise } from "./awaited-promise-checkout.js";
import {
  calleeName,
  codePathOwner,
  isFunctionNode,
  memberPropertyName,
  methodCall,
  parentSkippingWrappers,
  unwrapExpression,
} from "../node-shapes.js";
import { forwardsRestArguments } from "./forwarded-arguments.js";
import { FileMemo } from "../file-memo.js";
import { passesOnlyUndefined } from "./undefined-arguments.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * How the client is handed over: `await P.connect()` (promise), `P.connect().then(c => …)` (then) or
 * `P.connect((err, c, done) => …)` (callback).
 */
export type AcquisitionStyle = "await" | "then" | "callback";

/** One acquisition of a pool client. */
export interface Acquisition {
  style: AcquisitionStyle;
  /** The `P.connect(...)` call. */
  call: TSESTree.CallExpression;
  /** `P`, the expression judged to be a pool. */
  pool: TSESTree.Node;
  target: AcquisitionTarget;
  /** The variable holding the client (target "variable"), else null. */
  client: Variable | null;
  /** Callback style: the `done` parameter (whatever its name), the release function; null otherwise. */
  releaseFunction: Variable | null;
  /** Callback style: the error parameter, null when absent or not a plain identifier. */
  errorParameter: Variable | null;
  /**
   * The node whose code path must release the client: the enclosing function (or Program, class field value,
   * static block) for "await"; the callback for "then" and "callback".
   */
  owner: TSESTree.Node;
  /** The node that binds the client: the declarator, the assignment, or the callback parameter; else the call. */
  binding: TSESTree.Node;
  /** `client` is an object made around the client (`new Session(await P.connect())`), not the client itself. */
  wrapped?: boolean;
  /** `const cl = other ?? await P.connect()`: `other`, the caller's client; when it is set nothing was checked out. */
  alternative?: Variable;
  /** `const qr = this.queryRunner ?? ds.createQueryRunner()`: the reads of the caller's field (fallback-runner.ts). */
  alternativeReads?: ThisField[];
  /**
   * `const s = isPool ? new Session(await P.connect()) : other`: the constant whose test made the checkout (one per
   * operand of a compound test: `!db.pools_connections || noTransaction ? db : …`).
   */
  heldWhen?: CheckoutCondition[];
  /** `c = x instanceof Pool ? await x.connect() : x`: the test that made the checkout (instance-checkout.ts). */
  heldWhenInstance?: InstanceCheckout;
  /**
   * `const c = local ? await getClient() : await P.connect()`: every value the choice can give the variable, this
   * checkout among them (arm-checkouts.ts).
   */
  arms?: TSESTree.Node[];
  /** Style "await": the `await` (or co `yield`) after which the client is held, when not `connect()`'s own (thunk-checkout.ts). */
  awaited?: TSESTree.AwaitExpression | TSESTree.YieldExpression;
  /** Checked out through the project's own helper (its `connect()`), not a pool: no `withClient` rewrite is offered. */
  throughHelper?: boolean;
  /**
   * A pg-promise connection (`db.connect()` on `pgp(cn)`, pools/pg-promise.ts): `done()` gives it back, not
   * `release()`; no `withClient` rewrite is offered.
   */
  pgPromise?: boolean;
}

const CONNECT = "connect";

/**
 * If `call` is `P.connect(...)` on a pool, the acquisition it makes and where the client goes; else null. `P` is a
 * pool when `isPool(P)` says so, or — whatever it is called — when the code gives the client back the way only a pg
 * pool client is given back (`client.release()`, or a call of the callback's `done`), unless a type annotation says
 * `P` is something else (`isPool.excluded`). `sourceCode` gives the scope analysis used to find the client's variable.
 */
export function findAcquisition(call: TSESTree.CallExpression, isPool: PoolJudge, sourceCode: SourceCode): Acquisition | null {
  let memo = answers.get(sourceCode);
  if (memo?.isPool !== isPool) {
    memo = { isPool, byCall: new Map() };
    answers.set(sourceCode, memo);
  }
  let answer = memo.byCall.get(call);
  if (answer === undefined) {
    answer = readAcquisition(call, isPool, sourceCode);
    memo.byCall.set(call, answer);
  }
  return answer;
}

/**
 * findAcquisition's answers for the file being linted, per call, for one pool matcher (the file's: pool-detection.ts
 * makes one per file). The lifetime analysis reads every `connect` call of the file, and no-unawaited-client-work's
 * held clients (held-clients.ts) read the same calls again after it: the second reading is a lookup. Nothing changes
 * an Acquisition once made, so both get the same answer as before.
 */
const answers = new FileMemo<{ isPool: PoolJudge; byCall: Map<TSESTree.CallExpression, Acquisition | null> }>();

function readAcquisition(call: TSESTree.CallExpression, isPool: PoolJudge, sourceCode: SourceCode): Acquisition | null {
  const method = methodCall(call);
  if (!method || method.name !== CONNECT || method.object.type === AST_NODE_TYPES.Super) return null;
  if (comesFromOtherPackage(method.object, sourceCode)) return null;
  // Judged first: a pg-promise database may match the pool name pattern, and its connection has no `release()`.
  if (isPgPromiseDatabase(method.object, sourceCode)) {
    const connection = acquisitionOf(call, method.object, sourceCode, true);
    return connection && { ...connection, pgPromise: true };
  }
  if (isPool(method.object)) {
    const acquisition = acquisitionOf(call, method.object, sourceCode);
    // `const { query } = await pool.connect()`: nothing the code keeps can give the client back (destructured-checkouts.ts).
    if (acquisition?.style === "await" && acquisition.target === "unknown" && !isPool.byNameOnly?.(method.object)) {
      if (destructuredWithoutRelease(acquisition.binding, sourceCode)) return { ...acquisition, target: "discarded" };
    }
    // `pool.connect(async (connection) => …)` on a pool known only by its name: slonik's or @pgkit's handler API,
    // which acquires and releases by itself. pg calls back with `(err, client, release)`; a handler that takes fewer
    // than two of them and never reads `arguments` is not written for pg. (An async pg callback is common: not a sign.)
    if (acquisition?.style === "callback" && !takesPgCallbackArguments(acquisition.owner as ConnectCallback, sourceCode)) {
      if (isPool.byNameOnly?.(method.object)) return null;
    }
    return acquisition;
  }
  if (isPool.excluded?.(method.object) || isOtherLibraryReceiver(method.object, sourceCode)) return null;
  // `const db = require("./db"); await db.connect()`: the project's helper checks the client out of its pool.
  if (isPool.checkoutModule?.(method.object)) {
    const checkout = acquisitionOf(call, method.object, sourceCode);
    return checkout && { ...checkout, throughHelper: true };
  }
  const candidate = acquisitionOf(call, method.object, sourceCode);
  // `pg.connect(url, (err, client) => …)`: pg 6's module-level pool, whether or not the callback takes its release.
  if (candidate?.style === "callback" && isLegacyModulePool(method.object, sourceCode)) return candidate;
  // `function (pg) { pg.connect(function (err, client, done) {…}) }`: the module (or its wrapper) handed in.
  if (candidate?.style === "callback" && isHandedInPgModule(method.object, candidate.owner, sourceCode)) return candidate;
  // A client given back like a pool client, or running a submittable only a pg client runs (`new Cursor(…)`).
  return candidate && (releasedLikePoolClient(candidate, isPool, sourceCode) || runsPgSubmittable(candidate.client, sourceCode)) ? candidate : null;
}

/**
 * Judges whether an expression is a pg pool; `excluded`: a type annotation says it is not one; `byNameOnly`: only
 * its name says it is one.
 */
export interface PoolJudge {
  (expression: TSESTree.Node): boolean;
  excluded?(expression: TSESTree.Node): boolean;
  byNameOnly?(expression: TSESTree.Node): boolean;
  /** A local module whose `connect()` hands out pool clients (pools/checkout-functions.ts). */
  checkoutModule?(expression: TSESTree.Node): boolean;
  /** The answering error helper a local module exports, when a call names one (imported-answering-helpers.ts). */
  answeringHelper?(call: TSESTree.CallExpression): AnsweringHelper | null;
}

/** The connect callback can receive pg's client: it declares a second parameter, or reads `arguments`. */
function takesPgCallbackArguments(callback: ConnectCallback, sourceCode: SourceCode): boolean {
  return callback.params.length >= 2 || readsArguments(callback, sourceCode) || takesOnlyTheError(callback);
}

/**
 * `pool.connect((err) => …)`: pg's error-first callback that leaves out the client (a start-up connectivity check),
 * not a handler that receives a connection.
 */
function takesOnlyTheError(callback: ConnectCallback): boolean {
  const [first] = callback.params;
  return callback.params.length === 1 && first?.type === AST_NODE_TYPES.Identifier && ERROR_PARAMETER.test(first.name);
}

const ERROR_PARAMETER = /^(e|err|error)$/i;

/** The function a connect call hands the client to: written inline, or declared and passed by name. */
type ConnectCallback = CallbackFunction | TSESTree.FunctionDeclaration;

/** `function (err) { … arguments[2]() }`: pg passes the client and the release whatever the callback declares. */
function readsArguments(callback: ConnectCallback, sourceCode: SourceCode): boolean {
  return (
    callback.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    (sourceCode.getScope(callback).set.get("arguments")?.references.length ?? 0) > 0
  );
}

/** Some reference releases the client: `client.release(…)`, or a call of the connect callback's `done`. */
function releasedLikePoolClient(acquisition: Acquisition, isPool?: PoolJudge, sourceCode?: SourceCode): boolean {
  const references = [...(acquisition.client?.references ?? []), ...(acquisition.releaseFunction?.references ?? [])];
  if (references.some((reference) => classifyReference(reference.identifier as TSESTree.Identifier, acquisition) === "release")) return true;
  // `if (handleError(err, client, done)) return;`: an error helper that calls the `done` it is given only as a
  // release (answering-helper-releases.ts), of the file or of a local module, calls it as a pool client's release.
  if (!sourceCode) return false;
  const clients = acquisition.client ? [acquisition.client] : [];
  return (acquisition.releaseFunction?.references ?? []).some(
    (reference) => releasingHelperTest(reference.identifier as TSESTree.Identifier, clients, sourceCode, isPool?.answeringHelper) !== null,
  );
}

function acquisitionOf(call: TSESTree.CallExpression, pool: TSESTree.Node, sourceCode: SourceCode, takesOptions = false): Acquisition | null {
  // `pg.connect(config, ok(cb, function (client, done) {…}))`: the wrapper takes the error, the function gets the rest;
  // so does `pool.connect(assert.success(function (client, done) {…}))`, pg's own test helper.
  const split = call.arguments.map(errorSplit).find((found) => found !== null);
  const callback = split?.onSuccess ?? call.arguments.map(errorTakingWrapped).find((found) => found !== null);
  if (callback && callback.params.length >= 1) {
    const client = parameterVariable(sourceCode, callback, 0);
    return {
      style: "callback",
      call,
      pool,
      target: client ? "variable" : "unknown",
      client,
      releaseFunction: parameterVariable(sourceCode, callback, 1),
      errorParameter: null,
      owner: callback,
      binding: callback.params[0]!,
    };
  }
  const named = namedConnectCallback(call, sourceCode);
  const passed = call.arguments.map(passedCallback).find((found) => found !== null) ?? (named ? { callback: named, wrapped: false } : null);
  // A wrapper (`assert.calls(fn)`) may pass on other arguments than it gets: follow it only to a declared client.
  if (passed && !(passed.wrapped && passed.callback.params.length < 2)) {
    const callback = passed.callback;
    const client = parameterVariable(sourceCode, callback, 1);
    const unread = !readsArguments(callback, sourceCode) && callback.params.length <= 1 && callback.params.every((p) => p.type === AST_NODE_TYPES.Identifier);
    return {
      style: "callback",
      call,
      pool,
      target: client ? "variable" : unread ? "discarded" : "unknown",
      client,
      releaseFunction: parameterVariable(sourceCode, callback, 2),
      errorParameter: parameterVariable(sourceCode, callback, 0),
      owner: callback,
      binding: callback.params[1] ?? callback,
    };
  }
  // pg-promise's `db.connect({ direct: true })` takes options; a pg pool's connect takes nothing but a callback.
  // …nor does a helper that forwards its caller's arguments (`return pool.connect(...args)`) when given none, nor a
  // call given only `undefined` (`pool.connect(console.log("connected"))`: undefined-arguments.ts).
  const optionsOnly = takesOptions && call.arguments.length === 1 && isConnectOptions(call.arguments[0]!);
  if (call.arguments.length > 0 && !optionsOnly && !forwardsRestArguments(call) && !passesOnlyUndefined(call)) return null;

  // `P.connect().then(c => …)`: the callback owns the client.
  const member = parentSkippingWrappers(call);
  if (member?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(member.object) === call) {
    if (memberPropertyName(member) !== "then") return null;
    const thenCall = parentSkippingWrappers(member);
    if (thenCall?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(thenCall.callee) !== member) return null;
    const onFulfilled = thenCall.arguments[0];
    if (!isCallbackFunction(onFulfilled)) return null;
    const client = parameterVariable(sourceCode, onFulfilled, 0);
    return {
      style: "then",
      call,
      pool,
      target: client ? "variable" : onFulfilled.params.length > 0 ? "unknown" : "discarded",
      client,
      releaseFunction: null,
      errorParameter: null,
      owner: onFulfilled,
      binding: onFulfilled.params[0] ?? onFulfilled,
    };
  }

  const throughThunk = thunkCheckout(call, pool, sourceCode);
  if (throughThunk) return throughThunk;

  const awaited = parentSkippingWrappers(call);
  if (awaited?.type === AST_NODE_TYPES.AwaitExpression || isGeneratorAwait(awaited)) {
    const { target, client, binding, wrapped, alternative, heldWhen, heldWhenInstance, arms } = awaitedTarget(sourceCode, awaited);
    return {
      style: "await",
      call,
      pool,
      target,
      client,
      wrapped,
      alternative,
      heldWhen,
      heldWhenInstance,
      arms,
      releaseFunction: null,
      errorParameter: null,
      owner: codePathOwner(call),
      binding,
    };
  }
  // `const pending = P.connect(); … await pending`: held from that await on (awaited-promise-checkout.ts).
  const later = awaitOfCheckoutPromise(call, sourceCode);
  if (later) {
    const { target, client, binding, wrapped, alternative, heldWhen, heldWhenInstance, arms } = awaitedTarget(sourceCode, later);
    const owner = codePathOwner(later);
    return { style: "await", call, pool, target, client, wrapped, alternative, heldWhen, heldWhenInstance, arms, awaited: later, releaseFunction: null, errorParameter: null, owner, binding };
  }
  // A bare promise (`return P.connect()`, `promises.push(P.connect())`): whoever awaits it owns the client — unless
  // it is dropped, or kept in a variable nothing reads (unread-checkout.ts).
  const dropped = awaited?.type === AST_NODE_TYPES.ExpressionStatement || isUnreadCheckoutPromise(call, sourceCode);
  return {
    style: "await",
    call,
    pool,
    target: dropped ? "discarded" : "transferred",
    client: null,
    releaseFunction: null,
    errorParameter: null,
    owner: codePathOwner(call),
    binding: call,
  };
}

/**
 * `const client = await wrapper(() => P.connect())` or `await wrapper(P.connect())`: the client the awaited wrapper
 * gives back, held by the function around the wrapper call — taken only when the code releases it like a pool client
 * (thunk-checkout.ts says why).
 */
function thunkCheckout(call: TSESTree.CallExpression, pool: TSESTree.Node, sourceCode: SourceCode): Acquisition | null {
  const awaited = awaitedThunkCheckout(call, isGeneratorAwait);
  if (!awaited) return null;
  const { target, client, binding, arms } = awaitedTarget(sourceCode, awaited);
  if (target !== "variable") return null;
  const acquisition: Acquisition = {
    style: "await",
    call,
    pool,
    target,
    client,
    arms,
    awaited,
    releaseFunction: null,
    errorParameter: null,
    owner: codePathOwner(awaited),
    binding,
  };
  return releasedLikePoolClient(acquisition) ? acquisition : null;
}

/** `yield P.connect()` in a generator run by co (or koa 1): the yield is its await. */
export function isGeneratorAwait(node: TSESTree.Node | undefined): node is TSESTree.YieldExpression {
  if (node?.type !== AST_NODE_TYPES.YieldExpression || node.delegate) return false;
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current.generator === true;
  }
  return false;
}

/**
 * For `withClient(pool, async (client) => …)` / `withTransaction(pool, async (client) => …, options?)` (plain or as
 * a member, e.g. `db.withClient`): the callback and its client variable; null for any other call.
 */
export function managedClientCallback(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): { callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression; client: Variable | null } | null {
  const name = calleeName(call);
  if (name !== "withClient" && name !== "withTransaction") return null;
  const callback = call.arguments[1];
  if (!isCallbackFunction(callback)) return null;
  return { callback, client: parameterVariable(sourceCode, callback, 0) };
}
