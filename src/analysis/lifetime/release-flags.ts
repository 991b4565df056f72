// Boolean flags that code keeps about its own client (`let released = false; … released = true; client.release()`,
// then `if (!released) client.release()`): the release it guards, and the flags a release sets. Such code tracks its
// own state, and the lifetime plan (lifetime-plan.ts) trusts the flag rather than following it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode, unwrapExpression } from "../node-shapes.js";
import { resolveIdentifier } from "../find-variable.js";
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * When `node` runs only if a boolean flag says so (`if (!released) client.release()`), the flag being a local
 * variable assigned `true`/`false`: the flag's identifier in the test, and the branch `node` is in. Such code tracks
 * its own state; the analysis trusts the flag rather than following it.
 */
export function flagGuard(
  node: TSESTree.Node,
  owner: TSESTree.Node,
  sourceCode: SourceCode,
): { flag: TSESTree.Identifier; thenNode: TSESTree.Node } | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && current !== owner; current = current.parent) {
    let test: TSESTree.Node | null = null;
    if (current.type === AST_NODE_TYPES.IfStatement && current.test !== child) test = current.test;
    if (current.type === AST_NODE_TYPES.ConditionalExpression && current.test !== child) test = current.test;
    if (current.type === AST_NODE_TYPES.LogicalExpression && current.right === child) test = current.left;
    const flag = test ? booleanFlag(test, sourceCode) : null;
    if (flag) return { flag, thenNode: child };
    child = current;
  }
  return null;
}

/** Boolean variables set to `true` in the same statement list as a release (`released = true; client.release()`). */
export function releaseFlags(releases: readonly TSESTree.Identifier[], sourceCode: SourceCode): Variable[] {
  const flags = new Set<Variable>();
  for (const release of releases) {
    let statement: TSESTree.Node | undefined = release;
    while (statement && statement.parent && statement.parent.type !== AST_NODE_TYPES.BlockStatement && !isFunctionNode(statement.parent)) {
      statement = statement.parent;
    }
    const block = statement?.parent;
    if (block?.type !== AST_NODE_TYPES.BlockStatement) continue;
    for (const sibling of block.body) {
      if (sibling.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const expression = sibling.expression;
      if (
        expression.type === AST_NODE_TYPES.AssignmentExpression &&
        expression.left.type === AST_NODE_TYPES.Identifier &&
        booleanValue(expression.right) === true
      ) {
        const variable = resolveIdentifier(sourceCode, expression.left);
        if (variable) flags.add(variable);
      }
    }
  }
  return [...flags];
}

function booleanFlag(test: TSESTree.Node, sourceCode: SourceCode): TSESTree.Identifier | null {
  let node = unwrapExpression(test);
  // A bundler joins statements with commas (`if ((log(), !released))`): the last expression is the test's value.
  while (node.type === AST_NODE_TYPES.SequenceExpression) node = unwrapExpression(node.expressions.at(-1)!);
  while (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "!") node = unwrapExpression(node.argument);
  // `true === begun`, `begun !== false`: a flag compared with a boolean literal tests the flag itself.
  const compared = node.type === AST_NODE_TYPES.BinaryExpression ? comparedWithBoolean(node) : null;
  if (compared) node = compared;
  while (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "!") node = unwrapExpression(node.argument);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolveIdentifier(sourceCode, node);
  const isFlag = variable?.references.some((reference) => reference.writeExpr != null && booleanValue(reference.writeExpr) !== null);
  return isFlag ? node : null;
}

const EQUALITY_OPERATORS = new Set(["===", "!==", "==", "!="]);

/** `x === true`, `false !== x`: the operand compared with a boolean literal; null for any other comparison. */
function comparedWithBoolean(node: TSESTree.BinaryExpression): TSESTree.Node | null {
  if (!EQUALITY_OPERATORS.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  if (booleanValue(node.right) !== null) return unwrapExpression(node.left);
  if (booleanValue(node.left) !== null) return unwrapExpression(node.right);
  return null;
}

/** `true`/`false`, or a minifier's `!0`/`!1`: the boolean the expression always is; null for anything else. */
export function booleanValue(node: TSESTree.Node): boolean | null {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === "boolean" ? value.value : null;
  if (value.type !== AST_NODE_TYPES.UnaryExpression || value.operator !== "!") return null;
  const argument = unwrapExpression(value.argument);
  return argument.type === AST_NODE_TYPES.Literal && (argument.value === 0 || argument.value === 1) ? argument.value === 0 : null;
}
