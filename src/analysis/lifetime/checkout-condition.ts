// `const session = isPool ? new Session(await P.connect()) : this`: the code checks a client out only when a constant
// says so, and later releases under the same constant (`finally { if (isPool) session.client.release() }`). That
// test is the code's own record of whether it holds a checkout: on the branch where the constant is false nothing was
// checked out, so nothing is left to release there (drizzle-orm's NodePgSession.transaction as PR #6032 rewrote it).
// Only a `const` qualifies: a variable that could be reassigned between the checkout and the release says nothing.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface CheckoutCondition {
  /** The constant tested by the conditional that chose to check out. */
  variable: Variable;
  /** The checkout happened when `variable` is truthy (false: when it is falsy, `!isPool ? other : new Session(…)`). */
  heldWhenTruthy: boolean;
}

/**
 * For `branch`, the expression holding the checkout (`new Session(await P.connect())`): when it is one branch of a
 * conditional whose test is a plain `const` identifier, possibly negated, that constant and the polarity under which
 * the checkout was made; null for any other shape.
 */
export function checkoutCondition(sourceCode: SourceCode, branch: TSESTree.Node): CheckoutCondition | null {
  const conditional = parentSkippingWrappers(branch);
  if (conditional?.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  let top: TSESTree.Node = branch;
  while (top.parent && top.parent !== conditional) top = top.parent;
  if (conditional.test === top) return null;
  let test = unwrapExpression(conditional.test);
  let truthy = conditional.consequent === top;
  while (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!") {
    truthy = !truthy;
    test = unwrapExpression(test.argument);
  }
  if (test.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(test), test);
  if (!variable || !isConstant(variable)) return null;
  return { variable, heldWhenTruthy: truthy };
}

/** Declared once with `const` (never written again). */
function isConstant(variable: Variable): boolean {
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || definition?.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const declaration = definition.node.parent;
  return declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind === "const";
}
