// Node-style callbacks as real code passes them: written inline (`client.query(sql, (err, res) => …)`), or wrapped
// in a call that returns a callback calling them with the same arguments (`assert.calls(fn)`, `domain.bind(fn)`,
// `once(fn)`). A wrapper can change what the callback receives, so a wrapped function is taken for the callback only
// when its parameters say so: an error first.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

export type CallbackFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** `err`, `error`, `queryErr`, `e`: the name of an error parameter. */
const ERROR_NAME = /^e$|err/i;

export function isCallbackFunction(node: TSESTree.Node | undefined): node is CallbackFunction {
  return (
    node !== undefined &&
    (node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression)
  );
}

/** The function's first parameter is a plain identifier named like an error (`err`, `e`, `queryErr`). */
export function takesErrorFirst(fn: TSESTree.Node): boolean {
  if (!isCallbackFunction(fn)) return false;
  const first = fn.params[0];
  return first?.type === AST_NODE_TYPES.Identifier && ERROR_NAME.test(first.name);
}

/** `w(fn)`: the one function among a wrapper call's arguments, when it takes an error first; null otherwise. */
function wrappedCallback(wrapper: TSESTree.CallExpression): CallbackFunction | null {
  const functions = wrapper.arguments.filter(isCallbackFunction);
  return functions.length === 1 && takesErrorFirst(functions[0]!) ? functions[0]! : null;
}

/** The callback an argument passes: the function itself, or the function inside a wrapper call; null otherwise. */
export function passedCallback(argument: TSESTree.Node): { callback: CallbackFunction; wrapped: boolean } | null {
  if (isCallbackFunction(argument)) return { callback: argument, wrapped: false };
  if (argument.type !== AST_NODE_TYPES.CallExpression) return null;
  const callback = wrappedCallback(argument);
  return callback ? { callback, wrapped: true } : null;
}

/**
 * The call `fn` is handed to as a callback, looking through a wrapper (`client.query(sql, assert.calls(fn))` gives the
 * `client.query` call); null when `fn` is no argument of a call.
 */
export function callReceiving(fn: TSESTree.Node): TSESTree.CallExpression | null {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return null;
  }
  const outer = call.parent;
  if (
    outer?.type === AST_NODE_TYPES.CallExpression &&
    outer.arguments.includes(call) &&
    wrappedCallback(call) === fn
  ) {
    return outer;
  }
  return call;
}
