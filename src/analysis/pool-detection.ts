// PLACEHOLDER with the final signature: the rules helper owning pool detection replaces the body
// (imports/aliases/require, `new Pool`, annotations, this.pool, name pattern, and the type checker in type-aware mode).
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, unwrapExpression } from "./node-shapes.js";

/** Returns a predicate telling whether an expression (the object of `.connect()` / `.query()`) is a pg pool. */
export function createPoolMatcher(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): (expression: TSESTree.Node) => boolean {
  void context;
  const pattern = /pool$/i;
  return (expression) => {
    const node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.Identifier) return pattern.test(node.name);
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberPropertyName(node);
      return name !== null && pattern.test(name);
    }
    return false;
  };
}
