// `const cl = client ?? (await pool.connect())`: the caller's client, or a fresh checkout when there is none. Only the
// fresh checkout is this function's to release, and the code says which one it holds by testing the caller's
// variable (`if (!client) cl.release()`): those tests are followed as tests of whether the checkout is held.
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
  if (left.type !== AST_NODE_TYPES.Identifier) return null;
  const alternative = findVariable(sourceCode.getScope(left), left);
  const declarator = parentSkippingWrappers(logical);
  if (!alternative || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return null;
  if (unwrapExpression(declarator.init) !== logical || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  const client = sourceCode.getDeclaredVariables(declaration).find((variable) => variable.identifiers.includes(declarator.id as TSESTree.Identifier));
  return client ? { client, declarator, alternative } : null;
}
