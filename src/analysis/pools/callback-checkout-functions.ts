// A project's callback-style connection helper: `function getClient(callback) { pg.connect(cs, function (error,
// client, done) { if (error) return callback(error); callback(null, client, done); }); }` (LocalData/localdata-api's
// lib/postgres.js). It hands pg's client and release to its caller's callback exactly as pg's own connect callback
// does, so `getClient(function (err, client, done) { … })` in another module is a checkout whose `done` (or
// `client.release()`) the caller must call. Only the shape is read, never the name: the helper's callback parameter
// gets the client and the release in pg's positions (error first, client second, release third), and the connect
// callback does nothing else with them — a helper that uses or releases the client itself only lends it. The
// shortest such helper hands its callback to connect itself, `function connect(callback) { return
// pool.connect(callback); }` (BlessedMW/Mande-Corporation-2023's routes/db_pool_connect.js, over pg-pool): pg
// calls the caller's callback with `(err, client, done)` directly. In the release's place the helper may hand on a
// wrapper of `done` it declares in the connect callback, `const release = (err) => { done(err); clearTimeout(timer);
// }; callback(err, client, release);` (tanay97/Trading-Card-Tracker's db/util.js, node-postgres's "check out a
// client and log its last query" recipe): read as `done` itself when the wrapper calls `done(…)` as a statement of its
// own body (never under a condition), never names the client, and the helper names the wrapper nowhere but in that
// hand-on.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { methodCall, unwrapExpression } from "../node-shapes.js";

type Callback = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The index of `fn`'s parameter that receives pg's `(err, client, done)` from a connect callback inside it, else null. */
export function callbackCheckoutParameter(fn: TSESTree.Node): number | null {
  if (!isFunction(fn) || !fn.body || fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const index = fn.params.length - 1;
  const parameter = fn.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return null;
  const callbacks: Callback[] = [];
  const forwards: TSESTree.CallExpression[] = [];
  // The connect calls of `fn` itself (not of a nested function other than their own callbacks).
  someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const callback = connectCallback(node);
    if (callback) callbacks.push(callback);
    if (forwardsCallback(node, parameter.name)) forwards.push(node);
    return false;
  });
  if (callbacks.length + forwards.length !== 1) return null;
  if (forwards.length === 1) return mentionCount(fn.body, parameter.name) === 1 ? index : null;
  return handsOnCheckout(callbacks[0]!, parameter.name) ? index : null;
}

/** `X.connect(…, callback)`: the helper's own callback parameter passed on as the connect call's last argument. */
function forwardsCallback(call: TSESTree.CallExpression, name: string): boolean {
  if (methodCall(call)?.name !== "connect") return false;
  const last = call.arguments.at(-1);
  return last?.type === AST_NODE_TYPES.Identifier && last.name === name;
}

/** How many identifiers named `name` `root` holds (one: the forwarded argument, and nothing else touches it). */
function mentionCount(root: TSESTree.Node, name: string): number {
  let count = 0;
  someNodeBelow([root], (node) => {
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name) count++;
    return false;
  });
  return count;
}

/** `X.connect(…, function (err, client[, done]) {…})`: the callback, when its parameters are plain names. */
function connectCallback(call: TSESTree.CallExpression): Callback | null {
  if (methodCall(call)?.name !== "connect") return null;
  const last = call.arguments.at(-1);
  const callback = last ? unwrapExpression(last) : null;
  if (callback?.type !== AST_NODE_TYPES.FunctionExpression && callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression) return null;
  if (callback.params.length < 2 || callback.params.length > 3) return null;
  return callback.params.every((param) => param.type === AST_NODE_TYPES.Identifier) ? callback : null;
}

/**
 * Every mention of the client and the release in `callback` is an argument of a call of `name` in pg's position
 * (`name(null, client, done)`), and at least one such call hands both on (the client alone when pg's callback takes
 * no release, which the caller then gives back by `client.release()`).
 */
function handsOnCheckout(callback: Callback, name: string): boolean {
  const [, client, done] = callback.params as TSESTree.Identifier[];
  const names = new Set([client!.name, ...(done ? [done.name] : [])]);
  if (names.has(name)) return false;
  const wrappers = done ? releaseWrappers(callback, done.name, client!.name) : new Map<string, TSESTree.Node>();
  const wrapperDeclarations = new Set(wrappers.values());
  let handsOn = false;
  const handedOnWrappers = new Set<string>();
  const other = someNodeBelow([callback.body], (node) => {
    if (wrapperDeclarations.has(node)) return "skip";
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === name) {
      const [, second, third] = node.arguments;
      const passesClient = second?.type === AST_NODE_TYPES.Identifier && second.name === client!.name;
      const passesDone =
        !done || (third?.type === AST_NODE_TYPES.Identifier && (third.name === done.name || wrappers.has(third.name)));
      if (passesClient && passesDone && node.arguments.length <= 3) {
        handsOn = true;
        if (third?.type === AST_NODE_TYPES.Identifier && wrappers.has(third.name)) handedOnWrappers.add(third.name);
        return node.arguments[0] && mentions(node.arguments[0], names) ? true : "skip";
      }
      return node.arguments.some((argument) => mentions(argument, names));
    }
    // A nested function that declares the same name is its own scope: bail out rather than follow it.
    if (isFunction(node)) return mentions(node, names) ? true : "skip";
    return node.type === AST_NODE_TYPES.Identifier && names.has(node.name);
  });
  // Every wrapper (its declaration skipped above) must be handed on, and named only by its declaration and that
  // hand-on: one the helper calls, arms on a timer or passes elsewhere releases the client itself.
  const wrappersHandedOnOnly = [...wrappers.keys()].every((wrapper) => handedOnWrappers.has(wrapper) && mentionCount(callback.body, wrapper) <= 2);
  return handsOn && !other && wrappersHandedOnOnly;
}

/**
 * The connect callback's own declarations of a function that stands for pg's release, by name: `const release = (err)
 * => { done(err); … }` or `function release(err) { done(err); … }` as a statement of the callback's body, whose own
 * body has a statement `done(…)` and never names the client (a reassigned wrapper is named a third time, and so not
 * read: see handsOnCheckout).
 */
function releaseWrappers(callback: Callback, done: string, client: string): Map<string, TSESTree.Node> {
  const wrappers = new Map<string, TSESTree.Node>();
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return wrappers;
  for (const statement of callback.body.body) {
    if (statement.type === AST_NODE_TYPES.FunctionDeclaration && statement.id && callsDoneItself(statement, done, client)) {
      wrappers.set(statement.id.name, statement);
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init ? unwrapExpression(declarator.init) : null;
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !init || !isFunction(init)) continue;
      if (callsDoneItself(init, done, client)) wrappers.set(declarator.id.name, declarator);
    }
  }
  return wrappers;
}

/** `fn`'s block body has the statement `done(…)`, its parameters shadow neither `done` nor the client, and it never names the client. */
function callsDoneItself(fn: TSESTree.Node, done: string, client: string): boolean {
  if (!isFunction(fn) || fn.body?.type !== AST_NODE_TYPES.BlockStatement) return false;
  if (fn.params.some((param) => mentions(param, new Set([done, client])))) return false;
  const callsDone = fn.body.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.CallExpression &&
      statement.expression.callee.type === AST_NODE_TYPES.Identifier &&
      statement.expression.callee.name === done,
  );
  return callsDone && mentionCount(fn.body, client) === 0;
}

function mentions(root: TSESTree.Node, names: ReadonlySet<string>): boolean {
  return someNodeBelow([root], (node) => node.type === AST_NODE_TYPES.Identifier && names.has(node.name));
}
