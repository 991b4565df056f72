// A short, recognisable name for an expression in a message: `client.query(…).then(…)`, `Promise.all(…)`,
// `doWork(…)` — the shape a reader finds on the line, without arguments that may span many lines.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";

const MAX_LENGTH = 80;

export function describeWork(node: TSESTree.Node): string {
  const text = describe(node, 0);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

function describe(node: TSESTree.Node, depth: number): string {
  if (depth > 12) return "…";
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return current.name;
    case AST_NODE_TYPES.ThisExpression:
      return "this";
    case AST_NODE_TYPES.CallExpression:
      return `${describe(current.callee, depth + 1)}(${current.arguments.length > 0 ? "…" : ""})`;
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberPropertyName(current);
      const object = describe(current.object, depth + 1);
      if (name === null) return `${object}[…]`;
      return current.property.type === AST_NODE_TYPES.PrivateIdentifier ? `${object}.#${name}` : `${object}.${name}`;
    }
    default:
      return "…";
  }
}
