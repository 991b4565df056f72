// `const client = await withTlsHint(() => pool.connect())`, `await retry(() => pool.connect(), 3)`: the checkout is
// made in a thunk handed to a wrapper (an error decorator, a retry or timeout helper) and the awaited wrapper call
// gives the client back. Without this, the thunk's `return` reads as a hand-over to whoever awaits the promise, and
// the function that holds the client is never checked. Whether the wrapper really returns the client cannot be read
// from the call, so the caller (acquisition.ts) takes the awaited result for the client only when the code releases
// it as one (`client.release()`); otherwise the checkout stays a hand-over and the rules stay silent.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/**
 * For `P.connect()` (no arguments) that is the whole body of a parameterless arrow — `() => P.connect()` or
 * `async () => await P.connect()` — passed as an argument to a call that is itself awaited, that `await`; else null.
 */
export function awaitedThunkCheckout(connectCall: TSESTree.CallExpression): TSESTree.AwaitExpression | null {
  let body: TSESTree.Node = connectCall;
  let parent = parentSkippingWrappers(body);
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) {
    body = parent;
    parent = parentSkippingWrappers(body);
  }
  if (parent?.type !== AST_NODE_TYPES.ArrowFunctionExpression || parent.params.length > 0 || parent.generator) return null;
  if (unwrapExpression(parent.body as TSESTree.Expression) !== body) return null;
  const wrapperCall = parentSkippingWrappers(parent);
  if (wrapperCall?.type !== AST_NODE_TYPES.CallExpression || !wrapperCall.arguments.includes(parent)) return null;
  const awaited = parentSkippingWrappers(wrapperCall);
  return awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited : null;
}
