// A project's callback-style connection helper: `function getClient(callback) { pg.connect(cs, function (error,
// client, done) { if (error) return callback(error); callback(null, client, done); }); }` (LocalData/localdata-api's
// lib/postgres.js). It hands pg's client and release to its caller's callback exactly as pg's own connect callback
// does, so `getClient(function (err, client, done) { … })` in another module is a checkout whose `done` (or
// `client.release()`) the caller must call. Only the shape is read, never the name: the helper's callback parameter
// gets the client and the release in pg's positions (error first, client second, release third), and the connect
// callback does nothing else with them — a helper that uses or releases the client itself only lends it. The
// shortest such helper hands its callback to connect itself, `function connect(callback) { return
// pool.connect(callback); }` (BlessedMW/Mande-Corporation-2023's routes/db_pool_connect.js, over pg-pool): pg
// calls the caller's callback with `(err, client, done)` directly.
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
  let handsOn = false;
  const other = someNodeBelow([callback.body], (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === name) {
      const [, second, third] = node.arguments;
      const passesClient = second?.type === AST_NODE_TYPES.Identifier && second.name === client!.name;
      const passesDone = !done || (third?.type === AST_NODE_TYPES.Identifier && third.name === done.name);
      if (passesClient && passesDone && node.arguments.length <= 3) {
        handsOn = true;
        return node.arguments[0] && mentions(node.arguments[0], names) ? true : "skip";
      }
      return node.arguments.some((argument) => mentions(argument, names));
    }
    // A nested function that declares the same name is its own scope: bail out rather than follow it.
    if (isFunction(node)) return mentions(node, names) ? true : "skip";
    return node.type === AST_NODE_TYPES.Identifier && names.has(node.name);
  });
  return handsOn && !other;
}

function mentions(root: TSESTree.Node, names: ReadonlySet<string>): boolean {
  return someNodeBelow([root], (node) => node.type === AST_NODE_TYPES.Identifier && names.has(node.name));
}
