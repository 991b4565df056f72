// `if (err) console.log(err);` looks at the error but goes on: whatever follows the `if` still runs when the call
// failed. A callback's result read after such a test is as unchecked as one before it (erc83/desafio-mi-bank's
// queryBalance.js logs the query's error, then reads `results.rows` and throws before `release()`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers } from "../node-shapes.js";

/**
 * The `if` statement whose test is (or negates, or compares) `identifier` and that goes on after its error branch:
 * no `else`, and a consequent that does not end in `return` or `throw`. Null for every other use of the error.
 */
export function errorTestThatGoesOn(tested: TSESTree.Node): TSESTree.IfStatement | null {
  let node: TSESTree.Node = tested;
  let parent = parentSkippingWrappers(node);
  // `!err`, `err != null`, `err !== undefined`: still a test of the error alone.
  while (
    parent &&
    ((parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "!") ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && ["==", "!=", "===", "!=="].includes(parent.operator)))
  ) {
    node = parent;
    parent = parentSkippingWrappers(node);
  }
  if (parent?.type !== AST_NODE_TYPES.IfStatement || parent.test !== node || parent.alternate) return null;
  return endsInExit(parent.consequent) ? null : parent;
}

function endsInExit(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.BlockStatement) {
    const last = statement.body.at(-1);
    return last !== undefined && endsInExit(last);
  }
  return statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement;
}
