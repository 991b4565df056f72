// `const client = await withTlsHint(() => pool.connect())`, `await retry(() => pool.connect(), 3)`, and the promise
// itself handed over, `const client = await pTimeout(pool.connect(), 5000)` (or `yield checkType(pool.connect())` in
// a co generator): the checkout goes through a wrapper (an error decorator, a retry or timeout helper) and the awaited
// wrapper call gives the client back. Without this, the checkout reads as a hand-over to whoever awaits the wrapper,
// and the function that holds the client is never checked. Whether the wrapper really returns the client cannot be
// read from the call, so the caller (acquisition.ts) takes the awaited result for the client only when the code
// releases it as one (`client.release()`); otherwise the checkout stays a hand-over and the rules stay silent.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/**
 * For `P.connect()` (no arguments) passed to a call that is itself awaited (or yielded in a co generator) — as an
 * argument, or as the whole body of a parameterless arrow argument (`() => P.connect()`, `async () => await
 * P.connect()`) — that `await` (or `yield`); else null.
 */
export function awaitedThunkCheckout(
  connectCall: TSESTree.CallExpression,
  isGeneratorAwait: (node: TSESTree.Node | undefined) => node is TSESTree.YieldExpression,
): TSESTree.AwaitExpression | TSESTree.YieldExpression | null {
  let argument: TSESTree.Node = connectCall;
  let parent = parentSkippingWrappers(argument);
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) {
    argument = parent;
    parent = parentSkippingWrappers(argument);
  }
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    if (parent.params.length > 0 || unwrapExpression(parent.body as TSESTree.Expression) !== argument) return null;
    argument = parent;
    parent = parentSkippingWrappers(argument);
  } else if (argument !== connectCall) {
    return null; // `await P.connect()` itself: the ordinary checkout
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.some((a) => unwrapExpression(a) === argument || a === argument)) {
    return null;
  }
  const awaited = parentSkippingWrappers(parent);
  if (awaited?.type === AST_NODE_TYPES.AwaitExpression || isGeneratorAwait(awaited)) return awaited;
  return null;
}
