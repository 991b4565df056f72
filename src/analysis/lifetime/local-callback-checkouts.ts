// A checkout through a callback-style helper of the SAME file: toptal/haste-server's document store keeps
// `safeConnect: function (callback) { this.pool.connect((error, client, done) => { if (error) callback(error); else
// callback(undefined, client, done); }); }` on its prototype object, and its `set`/`get` call
// `this.safeConnect(function (err, client, done) { … })`. The helper hands pg's client and release to its caller's
// callback exactly as pg's own connect callback does (the shape pools/callback-checkout-functions.ts reads for a
// helper of another module), so each call is read as a callback-style checkout whose client and `done` are the
// callback's second and third parameters, like imported-callback-checkouts.ts's. The helper is found from the file's
// own connect callback; its calls are those of a function declared in the file (`safeConnect(cb)`) or, through
// `this`, of a method of the same object literal or class (`this.safeConnect(cb)` in a sibling method).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { codePathOwner, encloses, memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { callbackCheckoutParameter } from "../pools/callback-checkout-functions.js";
import type { Acquisition } from "./acquisition.js";
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
    if (index === null) continue;
    for (const call of helperCalls(helper, sourceCode)) {
      if (call.arguments.length !== index + 1 || encloses(helper, call)) continue;
      const callback = clientCallback(call, sourceCode);
      if (callback) found.push(callbackCheckout(call, callback, sourceCode));
    }
  }
  return found;
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
