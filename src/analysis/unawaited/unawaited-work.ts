// Work on a held client that nobody waits for: from one reference to the client, the promise it starts (a query, a
// `.then` chain, a `Promise.all`, an async helper) and whether that promise is dropped, voided, returned too early
// from a `try` whose `finally` releases, or started in a callback that runs later (`forEach(async …)`, timers).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import {
  calleeName,
  encloses,
  enclosingClassBody,
  type FunctionNode,
  isFunctionNode,
  memberPropertyName,
  methodCall,
  parentSkippingWrappers,
  unwrapExpression,
} from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { isPropertyRead } from "../lifetime/property-reads.js";
import { isLoggingCall } from "../lifetime/throw-points.js";
import { awaitedQueryFollows } from "./awaited-query-follows.js";
import { settledByDestroyingRelease } from "./destroyed-at-release.js";
import { overtakenCallbackAround } from "./overtaken-callbacks.js";
import { releaseWhileRunning } from "./released-while-running.js";
import { callWithArgument, continuesOnLentClient, leavesCallbackQuery, type HelperContext } from "./callback-query-helpers.js";
import { timerName } from "../timers.js";
import { passesAsyncClientCallback } from "./async-client-callbacks.js";
import { wrapsCallback } from "./wrapped-callbacks.js";
import { collectedInto, isDropped, parentOf, promiseConsumer, racingCombinator } from "./promise-flow.js";
type SourceCode = Readonly<TSESLint.SourceCode>;

export type UnawaitedKind =
  | "unawaited"
  | "queued"
  | "voided"
  | "returnWithoutAwait"
  | "asyncCallback"
  | "timer"
  | "collected"
  | "releasedWhileRunning"
  | "raced"
  | "laterThen";

export interface UnawaitedWork {
  kind: UnawaitedKind;
  /** What is reported: the outermost un-awaited expression, or the forEach / timer call. */
  node: TSESTree.Node;
  /** The function that would have to await it; a suggestion is offered only when it is async. */
  enclosingFunction: FunctionNode | null;
  /**
   * forEach / setTimeout / …: the method or timer for the message; the array's name for "collected"; race/any for
   * "raced"; then/catch/finally for "laterThen".
   */
  callee?: string;
  /** The `void` expression (kind "voided") or the return statement (kind "returnWithoutAwait"). */
  wrapper?: TSESTree.UnaryExpression | TSESTree.ReturnStatement;
  /** Kind "releasedWhileRunning": the release that runs before the query can have finished. */
  release?: TSESTree.Node;
}

export interface WorkContext extends HelperContext {
  sourceCode: SourceCode;
  /** Type-aware: whether a call returns a promise; null without type information (or when not type-aware). */
  isThenable: ((node: TSESTree.Node) => boolean) | null;
}

/** pg-copy-streams' `from`/`to` (often imported as copyFrom/copyTo): `client.query(copyFrom(…))` returns a stream. */
const SUBMITTABLE_FACTORIES = new Set(["copyFrom", "copyTo", "from", "to"]);

/** The un-awaited work that the reference `identifier` to `held.client` takes part in, or null. */
export function findUnawaitedWork(identifier: TSESTree.Identifier, held: HeldClient, context: WorkContext): UnawaitedWork | null {
  // `await client.query(…)`, most of a client's references: awaited where it is made, it leaves nothing running here
  // (directWork and runningAtRelease find nothing for it), so only a callback around it that runs later can.
  if (isAwaitedQuery(identifier)) return settle(laterCallback(identifier, held), held);
  // In the callback of a query the release overtakes, the client is back already: use after release, another rule's
  // finding (overtaken-callbacks.ts).
  if (overtakenCallbackAround(identifier, held, context.sourceCode.visitorKeys)) return null;
  // A property read (`client.lastQuery` in a checkout watchdog's log line) starts no work, now or later.
  if (isReleaseReference(identifier) || isPropertyRead(identifier)) return null;
  return settle(laterCallback(identifier, held) ?? directWork(identifier, held, context) ?? runningAtRelease(identifier, held, context), held);
}

/** The work found, unless a release does not follow it or a destroying release settles it. */
function settle(found: UnawaitedWork | null, held: HeldClient): UnawaitedWork | null {
  if (!found) return null;
  // Work started after the last release is use after release, another rule's finding. A query overtaken by a release
  // names that release itself, which may sit in an earlier query's callback (released-while-running.ts).
  const overtaken = found.kind === "releasedWhileRunning";
  if (!held.managed && !overtaken && !held.releases.some((release) => release.range[0] > found.node.range[1])) return null;
  if (found.kind === "unawaited" && !held.managed && settledByDestroyingRelease(found.node, held)) return null;
  return found;
}

/** `await client.query(…)` (through TS wrappers): the reference is the receiver of a query awaited where it is sent. */
function isAwaitedQuery(identifier: TSESTree.Identifier): boolean {
  const { parent } = parentOf(identifier);
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier) return false;
  if (memberPropertyName(parent) !== "query") return false;
  const call = parentOf(parent);
  return call.parent?.type === AST_NODE_TYPES.CallExpression && call.parent.callee === call.top && awaitedWhereMade(call.parent);
}

function isReleaseReference(identifier: TSESTree.Identifier): boolean {
  const parent = parentSkippingWrappers(identifier);
  return parent?.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(parent) === "release";
}

/**
 * The outermost callback between the reference and the client's owner that runs after the current work has moved
 * on: an async `forEach` callback (forEach drops its promises) or a timer callback.
 */
function laterCallback(identifier: TSESTree.Identifier, held: HeldClient): UnawaitedWork | null {
  const functions: FunctionNode[] = [];
  for (let current: TSESTree.Node | undefined = identifier.parent; current && current !== held.owner; current = current.parent) {
    if (isFunctionNode(current)) functions.push(current);
  }
  for (const fn of functions.reverse()) {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) continue;
    const method = methodCall(call);
    if (method?.name === "forEach" && fn.async) {
      return { kind: "asyncCallback", node: call, enclosingFunction: enclosingFunction(call), callee: "forEach" };
    }
    // `rows.map(async …)` as a statement of its own: the array of promises it makes is dropped on the floor.
    if (method?.name === "map" && fn.async && call.arguments[0] === fn && isDropped(call)) {
      return { kind: "asyncCallback", node: call, enclosingFunction: enclosingFunction(call), callee: "map" };
    }
    const timer = timerName(call);
    if (timer) return { kind: "timer", node: call, enclosingFunction: enclosingFunction(call), callee: timer };
    const later = droppedChainCallback(call, held);
    if (later) return later;
  }
  return null;
}

const CHAIN_CALLBACK_METHODS = new Set(["then", "catch", "finally"]);

/**
 * `lookUp(message).then((row) => { … client.query(…) … });` as a statement of its own, on a promise that is not the
 * client's work (GorillaBot's removePlayer): nobody waits for the chain, so its callback runs after the function has
 * moved on, past the release that follows. A chain started on the client itself is the client's own work (directWork).
 */
function droppedChainCallback(call: TSESTree.CallExpression, held: HeldClient): UnawaitedWork | null {
  const method = methodCall(call);
  if (!method || !CHAIN_CALLBACK_METHODS.has(method.name)) return null;
  // The chain's head: past the `.then/.catch/.finally` links before this one.
  let head = unwrapExpression(method.object);
  for (;;) {
    const link = head.type === AST_NODE_TYPES.CallExpression ? methodCall(head) : null;
    if (!link || !CHAIN_CALLBACK_METHODS.has(link.name)) break;
    head = unwrapExpression(link.object);
  }
  if (held.client.references.some((reference) => encloses(head, reference.identifier))) return null;
  const top = promiseConsumer(call);
  if (top.type !== AST_NODE_TYPES.CallExpression || !isDropped(top)) return null;
  return { kind: "laterThen", node: top, enclosingFunction: enclosingFunction(top), callee: method.name };
}

/** The promise the reference starts directly (`client.query(…)`, `helper(client)`) and what becomes of it. */
function directWork(identifier: TSESTree.Identifier, held: HeldClient, context: WorkContext): UnawaitedWork | null {
  const start = workCall(identifier, held, context);
  // `done(client)`: legacy callback style gives the client back by passing it to its release (pg-pool destroys it).
  if (!start || held.releases.includes(unwrapExpression(start.callee))) return null;
  const outer = promiseConsumer(start);
  const { parent, top } = parentOf(outer);
  if (!parent) return null;

  const collection = collectedInto(parent, top, held, context.sourceCode);
  if (collection) {
    return { kind: "collected", node: top, enclosingFunction: enclosingFunction(parent), callee: collection.name };
  }
  const race = racingCombinator(parent, top);
  if (race) return { kind: "raced", node: top, enclosingFunction: enclosingFunction(parent), callee: race };
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement: {
      // `client.query("BEGIN");` then, on every path, `await client.query(…)`: the client waits for it, but nobody does.
      const queued = top === start && methodCall(start)?.name === "query" && awaitedQueryFollows(parent, held, context.sourceCode);
      return { kind: queued ? "queued" : "unawaited", node: top, enclosingFunction: enclosingFunction(parent) };
    }
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === "void"
        ? { kind: "voided", node: top, enclosingFunction: enclosingFunction(parent), wrapper: parent }
        : null;
    case AST_NODE_TYPES.ReturnStatement:
      return beforeFinallyRelease(parent, held)
        ? { kind: "returnWithoutAwait", node: top, enclosingFunction: enclosingFunction(parent), wrapper: parent }
        : null;
    case AST_NODE_TYPES.ArrowFunctionExpression: {
      // `items.forEach((item) => client.query(…))`: forEach drops the promise the concise body returns
      const call = parent.parent;
      if (parent.body !== top || call?.type !== AST_NODE_TYPES.CallExpression || methodCall(call)?.name !== "forEach") return null;
      return { kind: "asyncCallback", node: call, enclosingFunction: enclosingFunction(call), callee: "forEach" };
    }
    default:
      return null;
  }
}

/**
 * `client.query(sql, cb)` or `client.query(submittable)` that the release overtakes in the same synchronous run; or
 * `helper(client)`, a helper that sends such a query on it and returns (callback-query-helpers.ts).
 */
function runningAtRelease(identifier: TSESTree.Identifier, held: HeldClient, context: WorkContext): UnawaitedWork | null {
  const { parent } = parentOf(identifier);
  if (parent?.type === AST_NODE_TYPES.CallExpression && !held.managed) {
    const argument = callWithArgument(identifier);
    // The release first (syntax only), then the helper, which may mean reading its module.
    const release = argument ? releaseWhileRunning(argument.call, held, context.sourceCode.visitorKeys) : null;
    const starts = (call: TSESTree.CallExpression, index: number) =>
      leavesCallbackQuery(call, index, context) ||
      continuesOnLentClient(call, context.sourceCode, (last) => isCallbackArgument(last, context.sourceCode));
    return argument && release && starts(argument.call, argument.index)
      ? { kind: "releasedWhileRunning", node: argument.call, enclosingFunction: enclosingFunction(argument.call), release }
      : null;
  }
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier) return null;
  if (memberPropertyName(parent) !== "query") return null;
  const call = parentOf(parent);
  if (call.parent?.type !== AST_NODE_TYPES.CallExpression || call.parent.callee !== call.top) return null;
  const query = call.parent;
  // A managed client has no release to overtake it (releaseWhileRunning's first test, before the dearer one here).
  if (held.managed || returnsPromise(query, context.sourceCode)) return null;
  const release = releaseWhileRunning(query, held, context.sourceCode.visitorKeys);
  return release ? { kind: "releasedWhileRunning", node: query, enclosingFunction: enclosingFunction(query), release } : null;
}

/**
 * `client.query(…)`, `asyncHelper(…, client, …)` or `helper(client, async () => … client …)` inside a `try` whose
 * `finally` releases (async-client-callbacks.ts): the call that starts work. Null as well for such a call awaited
 * right where it is made (`await client.query(…)`, most of a client's references): nothing waits for it less, and
 * asking whether it returns a promise (names resolved through the scopes) is the dearest part of a reference.
 */
function workCall(identifier: TSESTree.Identifier, held: HeldClient, context: WorkContext): TSESTree.CallExpression | null {
  const { parent, top } = parentOf(identifier);
  if (!parent) return null;
  if (parent.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === identifier) {
    const call = parentOf(parent);
    if (call.parent?.type !== AST_NODE_TYPES.CallExpression || call.parent.callee !== call.top) return null;
    if (memberPropertyName(parent) !== "query" || awaitedWhereMade(call.parent)) return null;
    return returnsPromise(call.parent, context.sourceCode) ? call.parent : null;
  }
  const call = spreadCall(parent, top) ?? (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(top as TSESTree.CallExpressionArgument) ? parent : null);
  if (call) {
    if (awaitedWhereMade(call)) return null;
    // `Promise.race([def.setup(client), timeout])`: raced against another promise, the call's value is one.
    const { parent: holder, top: made } = parentOf(call);
    return isAsyncHelperCall(call, context) ||
      isCallbackParameterCall(call, context) ||
      racingCombinator(holder, made) ||
      (passesAsyncClientCallback(call, held) && beforeFinallyRelease(call, held))
      ? call
      : null;
  }
  return null;
}

/** `helper(...[client], async () => …)`: the call an array literal holding the client is spread into (review-c). */
function spreadCall(array: TSESTree.Node, element: TSESTree.Node): TSESTree.CallExpression | null {
  if (array.type !== AST_NODE_TYPES.ArrayExpression || !array.elements.includes(element as TSESTree.Expression)) return null;
  const spread = array.parent;
  const call = spread?.type === AST_NODE_TYPES.SpreadElement ? spread.parent : undefined;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(spread as TSESTree.SpreadElement) ? call : null;
}

/**
 * `await call` (through TS wrappers): directWork would find no consumer to blame — the promise's holder is the
 * `await` itself, which is none of the shapes it reports.
 */
function awaitedWhereMade(call: TSESTree.CallExpression): boolean {
  return parentSkippingWrappers(call)?.type === AST_NODE_TYPES.AwaitExpression;
}

/**
 * `client.query(…)` returns a promise unless it is given a callback (callback style: the release belongs in the
 * callback), written inline, named (`client.query("ROLLBACK", done)`) or wrapped (`assert.success(fn)`), or a
 * submittable such as `new Cursor(…)`, `new QueryStream(…)`, `copyFrom(…)` (a stream or cursor), inline or held in a
 * variable.
 */
function returnsPromise(query: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const last = query.arguments[query.arguments.length - 1];
  if (last && query.arguments.length >= 2 && isCallbackArgument(last, sourceCode)) return false;
  if (last && isFunctionNode(unwrapExpression(last))) return false;
  if (last && query.arguments.length >= 2 && wrapsCallback(last)) return false;
  const first = query.arguments[0] ? unwrapExpression(query.arguments[0]) : undefined;
  return !(first && isSubmittable(first, sourceCode, 0));
}

const CALLBACK_NAME = /^(done|cb|callback|next|release|resolve|reject|finish|respond)$|callback$|^cb[A-Z]/i;

/** A function handed over by name: a callback-style query. */
function isCallbackArgument(argument: TSESTree.Node, sourceCode: SourceCode): boolean {
  const node = unwrapExpression(argument);
  if (isFunctionNode(node)) return true;
  if (node.type === AST_NODE_TYPES.MemberExpression) return CALLBACK_NAME.test(memberPropertyName(node) ?? "");
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = resolveIdentifier(sourceCode, node)?.defs[0];
  // A parameter's definition node is the function it belongs to: only a FunctionName definition declares a function.
  if (definition?.type === DefinitionType.FunctionName) return true;
  if (definition?.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init && isFunctionNode(definition.node.init)) return true;
  // A parameter (`done` of a connect callback, `cb` of the enclosing function) or an unresolved name: by its name.
  return (definition === undefined || definition.type === "Parameter") && CALLBACK_NAME.test(node.name);
}

/** `new Cursor(…)`, `copyFrom(…)`, or a `const` holding one: pg hands back the submittable, not a promise. */
function isSubmittable(node: TSESTree.Node, sourceCode: SourceCode, depth: number): boolean {
  if (node.type === AST_NODE_TYPES.NewExpression) return true;
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(node);
    return name !== null && SUBMITTABLE_FACTORIES.has(name);
  }
  if (node.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
  const definition = resolveIdentifier(sourceCode, node)?.defs[0];
  const init = definition?.node.type === AST_NODE_TYPES.VariableDeclarator ? definition.node.init : null;
  return init !== null && init !== undefined && isSubmittable(unwrapExpression(init), sourceCode, depth + 1);
}

/** A helper known to return a promise: declared async in this file, or (type-aware) typed as returning one. */
function isAsyncHelperCall(call: TSESTree.CallExpression, context: WorkContext): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(context.sourceCode, callee);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === DefinitionType.FunctionName && definition.node.type === AST_NODE_TYPES.FunctionDeclaration && definition.node.async) {
      return true;
    }
    if (
      definition?.node.type === AST_NODE_TYPES.VariableDeclarator &&
      definition.node.parent.kind === "const" &&
      definition.node.init &&
      isFunctionNode(definition.node.init) &&
      definition.node.init.async
    ) {
      return true;
    }
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = memberPropertyName(callee);
    const body = enclosingClassBody(callee);
    const method = body?.body.find(
      (element): element is TSESTree.MethodDefinition =>
        element.type === AST_NODE_TYPES.MethodDefinition &&
        element.kind === "method" &&
        !element.computed &&
        element.key.type === AST_NODE_TYPES.Identifier &&
        element.key.name === name,
    );
    if (method?.value.async) return true;
  }
  return context.isThenable !== null && context.isThenable(call);
}

/**
 * `fn(client)` where `fn` is a parameter of an enclosing function: a callback handed in to work with the client. What
 * it can do with the client is send queries, so it either returns a promise or starts queries it does not wait for;
 * called without `await`, the release after it overtakes that work whatever its type says (cszatma/ottr's getClient
 * types it `(client) => void` and is given async callbacks and callback-style queries). Not a logging function, and
 * not the release itself (directWork: a connect callback's `done(client)`).
 */
function isCallbackParameterCall(call: TSESTree.CallExpression, context: WorkContext): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || isLoggingCall(call)) return false;
  const definitions = resolveIdentifier(context.sourceCode, callee)?.defs;
  return definitions?.length === 1 && definitions[0].type === DefinitionType.Parameter;
}

/** `node` (`return work`, a call) is inside the block or catch of a `try` whose `finally` releases the client, in the same function. */
function beforeFinallyRelease(node: TSESTree.Node, held: HeldClient): boolean {
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer && child !== current.finalizer) {
      const finalizer = current.finalizer;
      if (held.releases.some((release) => encloses(finalizer, release))) {
        return true;
      }
    }
    child = current;
  }
  return false;
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}
