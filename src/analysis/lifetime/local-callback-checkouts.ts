// A checkout through a callback-style helper of the SAME file: toptal/haste-server's document store keeps
// `safeConnect: function (callback) { this.pool.connect((error, client, done) => { if (error) callback(error); else
// callback(undefined, client, done); }); }` on its prototype object, and its `set`/`get` call
// `this.safeConnect(function (err, client, done) { … })`. The helper hands pg's client and release to its caller's
// callback exactly as pg's own connect callback does (the shape pools/callback-checkout-functions.ts reads for a
// helper of another module), so each call is read as a callback-style checkout whose client and `done` are the
// callback's second and third parameters, like imported-callback-checkouts.ts's. The helper is found from the file's
// own connect callback; its calls are those of a function declared in the file (`safeConnect(cb)`) or, through
// `this`, of a method of the same object literal or class (`this.safeConnect(cb)` in a sibling method). The shortest
// such helper hands its caller's callback to a recognised pool's connect itself (`function getClient(cb) {
// pool.connect(cb); }`): pg then calls that callback with `(err, client, done)` directly. It has no connect callback
// of its own, so it is found from the file's connect calls whose last argument is a name.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { codePathOwner, encloses, memberPropertyName, methodCall, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { callbackCheckoutParameter } from "../pools/callback-checkout-functions.js";
import { comesFromOtherPackage } from "../pools/other-libraries.js";
import type { Acquisition, PoolJudge } from "./acquisition.js";
import { functionVariable } from "./helper-checkouts.js";
import { callbackCheckout, clientCallback } from "./imported-callback-checkouts.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** For the file's callback-style checkouts made inside a forwarding helper, the helper's calls, each a checkout. */
export function localCallbackCheckouts(acquisitions: readonly Acquisition[], sourceCode: SourceCode): Acquisition[] {
  const found: Acquisition[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const acquisition of acquisitions) {
    if (acquisition.style !== "callback" || acquisition.throughHelper) continue;
    const helper = codePathOwner(acquisition.call);
    if (!isFunction(helper) || seen.has(helper)) continue;
    seen.add(helper);
    const index = callbackCheckoutParameter(helper);
    if (index !== null) found.push(...helperCheckouts(helper, index, sourceCode));
  }
  return found;
}

/** For the file's `pool.connect(cb)` where `cb` is the enclosing helper's own callback parameter, the helper's calls. */
export function forwardingCallbackCheckouts(connects: readonly TSESTree.CallExpression[], isPool: PoolJudge, sourceCode: SourceCode): Acquisition[] {
  const found: Acquisition[] = [];
  for (const connect of connects) {
    const last = connect.arguments.at(-1);
    const object = methodCall(connect)?.object;
    if (last?.type !== AST_NODE_TYPES.Identifier || !object || object.type === AST_NODE_TYPES.Super) continue;
    const helper = codePathOwner(connect);
    const index = isFunction(helper) ? callbackCheckoutParameter(helper) : null;
    if (index === null) continue;
    const parameter = (helper as TSESTree.FunctionLike).params[index];
    if (parameter?.type !== AST_NODE_TYPES.Identifier || parameter.name !== last.name) continue;
    if (comesFromOtherPackage(object, sourceCode) || !isPool(object)) continue;
    found.push(...helperCheckouts(helper as TSESTree.FunctionLike, index, sourceCode));
  }
  return found;
}

/** The calls of `helper` outside it whose callback (at `index`, the last argument) takes the client: each a checkout. */
function helperCheckouts(helper: TSESTree.FunctionLike, index: number, sourceCode: SourceCode): Acquisition[] {
  return helperCalls(helper, sourceCode).flatMap((call) => {
    if (call.arguments.length !== index + 1 || encloses(helper, call)) return [];
    const callback = clientCallback(call, sourceCode);
    return callback ? [callbackCheckout(call, callback, sourceCode)] : [];
  });
}

/** The calls of `helper`: through its name, or `this.name(…)` in a sibling method of its object literal or class. */
function helperCalls(helper: TSESTree.FunctionLike, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const variable = functionVariable(helper, sourceCode);
  if (variable) {
    return variable.references.flatMap((reference) => {
      const call = parentSkippingWrappers(reference.identifier);
      return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === reference.identifier ? [call] : [];
    });
  }
  const member = memberOf(helper);
  if (!member) return [];
  const calls: TSESTree.CallExpression[] = [];
  someNodeBelow([member.container], (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrapExpression(node.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression &&
      memberPropertyName(callee) === member.name &&
      memberOf(thisOwner(callee.object))?.container === member.container
    ) {
      calls.push(node);
    }
    return false;
  });
  return calls;
}

/** The name `fn` has as a member of an object literal (`name: function () {}`, `name() {}`) or a class (a method). */
function memberOf(fn: TSESTree.Node | null): { name: string; container: TSESTree.ObjectExpression | TSESTree.ClassBody } | null {
  const holder = fn?.parent;
  if (!fn || fn.type === AST_NODE_TYPES.ArrowFunctionExpression || !holder) return null;
  if (holder.type === AST_NODE_TYPES.Property && holder.value === fn && holder.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const name = keyName(holder.key, holder.computed);
    return name === null ? null : { name, container: holder.parent };
  }
  if (holder.type === AST_NODE_TYPES.MethodDefinition && holder.kind === "method" && !holder.static) {
    const name = keyName(holder.key, holder.computed);
    return name === null ? null : { name, container: holder.parent };
  }
  return null;
}

function keyName(key: TSESTree.Node, computed: boolean): string | null {
  return computed || key.type === AST_NODE_TYPES.PrivateIdentifier ? null : staticKeyName(key);
}

/** The function whose `this` a `this` expression is: the nearest enclosing function that is not an arrow. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | null {
  let current = node.parent;
  while (current && (current.type === AST_NODE_TYPES.ArrowFunctionExpression || !isFunction(current))) current = current.parent;
  return current ?? null;
}
