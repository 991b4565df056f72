// `const cl = client ?? (await pool.connect())` (or `client ? client : await pool.connect()`): the caller's client, or
// a fresh checkout when there is none. Only the fresh checkout is this function's to release, and the code says
// which one it holds by testing the caller's variable (`if (!client) cl.release()`): those tests are followed as
// tests of whether the checkout is held.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface FallbackCheckout {
  /** The variable that holds either client. */
  client: Variable;
  declarator: TSESTree.VariableDeclarator;
  /** The caller's client: when it is set, nothing was checked out. */
  alternative: Variable;
}

/**
 * For the awaited checkout `top`, the right operand of `logical`: the fallback shape `const cl = other ?? await …` (or
 * `||`), with `other` a plain variable; null for any other shape.
 */
export function fallbackCheckout(
  sourceCode: SourceCode,
  logical: TSESTree.LogicalExpression,
  top: TSESTree.Node,
): FallbackCheckout | null {
  if (logical.right !== top || (logical.operator !== "??" && logical.operator !== "||")) return null;
  const left = unwrapExpression(logical.left);
  return left.type === AST_NODE_TYPES.Identifier ? declaredFallback(sourceCode, logical, left) : null;
}

/**
 * The same choice written as a conditional: `const cl = other ? other : await …` or `const cl = !other ? await … :
 * other`, where `top` (the checkout) is the branch taken when `other` is not set; null for any other shape.
 */
export function conditionalFallbackCheckout(
  sourceCode: SourceCode,
  conditional: TSESTree.ConditionalExpression,
  top: TSESTree.Node,
): FallbackCheckout | null {
  const test = unwrapExpression(conditional.test);
  const negated = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!";
  const tested = negated ? unwrapExpression(test.argument) : test;
  if (tested.type !== AST_NODE_TYPES.Identifier) return null;
  const [checkout, borrowed] = negated ? [conditional.consequent, conditional.alternate] : [conditional.alternate, conditional.consequent];
  const other = unwrapExpression(borrowed);
  if (checkout !== top || other.type !== AST_NODE_TYPES.Identifier || other.name !== tested.name) return null;
  return declaredFallback(sourceCode, conditional, tested);
}

/** `choice` initialises a `const`/`let` of its own, and `tested` names a variable: the fallback it declares. */
function declaredFallback(sourceCode: SourceCode, choice: TSESTree.Expression, tested: TSESTree.Identifier): FallbackCheckout | null {
  const alternative = findVariable(sourceCode.getScope(tested), tested);
  const declarator = parentSkippingWrappers(choice);
  if (!alternative || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return null;
  if (unwrapExpression(declarator.init) !== choice || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  const client = sourceCode.getDeclaredVariables(declaration).find((variable) => variable.identifiers.includes(declarator.id as TSESTree.Identifier));
  return client ? { client, declarator, alternative } : null;
}

