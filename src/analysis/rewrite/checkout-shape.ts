// What the checkout expression itself says that `withClient(P, async (c) => …)` cannot: the callback's client is
// always the helper's, checked out of a pool that must be there. An optional checkout (`await db?.pool.connect()`)
// gives the original an `undefined` client where the pool is missing, and its body runs on with it (`c?.query(…)`
// does nothing, `c?.release()` too); withClient would throw a TypeError instead. A checkout asserted to another type
// (`await (pool.connect() as Promise<TaggedClient>)`, or the client itself: `(await pool.connect()) as TaggedClient`,
// `<TaggedClient>(await pool.connect())`) types the client by that assertion; the callback's client is pg's
// PoolClient, on which the body's `c.tag` is TS2339.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { ClientAcquisition } from "./manual-client-block.js";

/** The value of the acquisition (`const c = …` or the `let` form's `c = …`), as written, or null. */
function checkoutValue(acquisition: ClientAcquisition): TSESTree.Expression | null {
  const { statement } = acquisition;
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) return statement.declarations[0]?.init ?? null;
  return statement.expression.type === AST_NODE_TYPES.AssignmentExpression ? statement.expression.right : null;
}

/** Why the checkout cannot be the helper's, or null. */
export function checkoutReason(acquisition: ClientAcquisition): string | null {
  const value = checkoutValue(acquisition);
  if (!value) return null;
  // From the value as written (`(await P.connect()) as Tagged` asserts the client itself) through the `await` down to
  // the `connect()` call.
  for (let node: TSESTree.Node = value; ; ) {
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
        node = node.argument;
        break;
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
