// `async _checkoutClient(...args) { return this._pool.connect(...args); }` (postgres-entities/postgres-entities): a
// helper that forwards its caller's arguments to connect(). Called with none, it returns connect()'s promise, a
// checkout; called with a callback, pg calls that back and returns nothing. So the connect call is read as a checkout
// returned to the caller, and only the helper's calls that pass no argument are checkouts (helper-checkouts.ts,
// class-checkouts.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction } from "../ast-walk.js";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** `P.connect(...args)`, returned (awaited or not), `args` the rest parameter of the function that returns it. */
export function forwardsRestArguments(call: TSESTree.CallExpression): boolean {
  const [spread, ...others] = call.arguments;
  if (spread?.type !== AST_NODE_TYPES.SpreadElement || others.length > 0) return false;
  const name = unwrapExpression(spread.argument);
  if (name.type !== AST_NODE_TYPES.Identifier) return false;
  let returned = parentSkippingWrappers(call);
  if (returned?.type === AST_NODE_TYPES.AwaitExpression) returned = parentSkippingWrappers(returned);
  const fn = returned?.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(returned) : null;
  const rest = fn?.params.at(-1);
  return rest?.type === AST_NODE_TYPES.RestElement && rest.argument.type === AST_NODE_TYPES.Identifier && rest.argument.name === name.name;
}
