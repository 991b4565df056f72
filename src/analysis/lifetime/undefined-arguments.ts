// `pool.connect(console.log("🔌 Connected to the db"))` (jcbain/tweet-collection's route helpers): the argument is a
// log line's result, `undefined`, so pg-pool takes no callback and returns its promise, a checkout like
// `pool.connect()`. Only what is surely `undefined` counts: `undefined` itself, `void …`, and a call of a `console`
// method (every one returns undefined); a logger's method may return the logger (winston's do), which pg-pool would
// then try to call back.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";

/** `P.connect(x)` whose one argument is surely `undefined`: pg takes it for no callback. */
export function passesOnlyUndefined(call: TSESTree.CallExpression): boolean {
  if (call.arguments.length !== 1) return false;
  const argument = unwrapExpression(call.arguments[0]!);
  if (argument.type === AST_NODE_TYPES.Identifier) return argument.name === "undefined";
  if (argument.type === AST_NODE_TYPES.UnaryExpression) return argument.operator === "void";
  if (argument.type !== AST_NODE_TYPES.CallExpression || argument.optional) return false;
  const method = methodCall(argument);
  return method?.object.type === AST_NODE_TYPES.Identifier && method.object.name === "console";
}
