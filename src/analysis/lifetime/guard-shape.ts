// Tests of a client (or of a callback's error): `if (c)`, `c && …`, `if (!c)`, `c != null`, `typeof c === "object"`,
// `c ? … : …` — the branch where the test holds, and whether the client is held there.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers } from "../node-shapes.js";

/**
 * For a test reference (`if (c)`, `c && …`, `if (!c)`, `c != null`, `c ? … : …`): the branch node entered when the
 * test holds, and whether the client is held there; null for any other shape.
 */
export function guardShape(tested: TSESTree.Node): { thenNode: TSESTree.Node; truthy: boolean } | null {
  let node: TSESTree.Node = tested;
  let truthy = true;
  for (;;) {
    const parent = parentSkippingWrappers(node);
    if (!parent) return null;
    let top: TSESTree.Node = node;
    while (top.parent && top.parent !== parent) top = top.parent;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "!") {
      truthy = !truthy;
      node = parent;
      continue;
    }
    const typeofTest = parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "typeof";
    const comparison = typeofTest ? parentSkippingWrappers(parent) : parent;
    if (comparison?.type === AST_NODE_TYPES.BinaryExpression && ["==", "!=", "===", "!=="].includes(comparison.operator)) {
      const operand = typeofTest ? parent : top;
      const other = comparison.left === operand ? comparison.right : comparison.left;
      const isNullish = typeofTest
        ? other.type === AST_NODE_TYPES.Literal && other.value === "undefined"
        : (other.type === AST_NODE_TYPES.Literal && other.value === null) ||
          (other.type === AST_NODE_TYPES.Identifier && other.name === "undefined");
      // `typeof c === "object"` holds for every client (a helper's `safeRelease(c: unknown)` guard): the branch
      // where it fails has no client, as the falsy branch of `if (c)` has none.
      const isObjectType = typeofTest && other.type === AST_NODE_TYPES.Literal && other.value === "object";
      if (!isNullish && !isObjectType) return null;
      if ((comparison.operator === "==" || comparison.operator === "===") !== isObjectType) truthy = !truthy;
      node = comparison;
      continue;
    }
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === top) {
      return { thenNode: parent.consequent, truthy };
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.left === top) {
      if (parent.operator === "&&") return { thenNode: parent.right, truthy };
      if (parent.operator === "||") return { thenNode: parent.right, truthy: !truthy };
    }
    // The right operand of `a || b` / `a && b` decides the whole test when it is reached.
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === top && parent.operator !== "??") {
      node = parent;
      continue;
    }
    // A bundler joins statements with commas (`if ((log(), !released))`): the last expression is the test's value.
    if (parent.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) === top) {
      node = parent;
      continue;
    }
    return null;
  }
}
