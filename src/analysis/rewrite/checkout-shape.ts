// What the checkout expression itself says that `withClient(P, async (c) => …)` cannot: the callback's client is
// always the helper's, checked out of a pool that must be there. An optional checkout (`await db?.pool.connect()`)
// gives the original an `undefined` client where the pool is missing, and its body runs on with it (`c?.query(…)`
// does nothing, `c?.release()` too); withClient would throw a TypeError instead. A checkout asserted to another type
// (`await (pool.connect() as Promise<TaggedClient>)`) types the client by that assertion; the callback's client is
// pg's PoolClient, on which the body's `c.tag` is TS2339.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { ClientAcquisition } from "./manual-client-block.js";

/** The `await P.connect()` of the acquisition (`const c = …` or the `let` form's `c = …`), or null. */
function awaitedCheckout(acquisition: ClientAcquisition): TSESTree.AwaitExpression | null {
  const { statement } = acquisition;
  const value =
    statement.type === AST_NODE_TYPES.VariableDeclaration
      ? statement.declarations[0]?.init
      : statement.expression.type === AST_NODE_TYPES.AssignmentExpression
        ? statement.expression.right
        : null;
  return value?.type === AST_NODE_TYPES.AwaitExpression ? value : null;
}

/** Why the checkout cannot be the helper's, or null. */
export function checkoutReason(acquisition: ClientAcquisition): string | null {
  const checkout = awaitedCheckout(acquisition);
  if (!checkout) return null;
  // From the awaited value down to the `connect()` call, then along the callee to the pool as written.
  for (let node: TSESTree.Node = checkout.argument; ; ) {
    switch (node.type) {
      case AST_NODE_TYPES.ChainExpression:
        return "the checkout is optional (`?.`): where the pool is missing the original runs the body without a client, withClient would throw";
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return "the checkout is asserted to another type (`as …`), which the callback's client would not have";
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        node = node.expression;
        break;
      default:
        return null;
    }
  }
}
