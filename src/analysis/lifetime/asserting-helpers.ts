// A test's own helper that asserts (`const expectSpans = (n) => { assert.strictEqual(spans().length, n); }`, declared
// in the same file) throws exactly when its assertion fails, as the assertion it wraps would. Inside a node-style
// callback, where calls are not counted as throw points, a call of such a helper before the release is a certain
// throw like a bare `assert(…)`. Only a helper whose own body calls `assert…`/`expect(…)` counts: one level, no
// helpers of helpers, nothing imported (the analysis reads no other module's functions).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction } from "../find-variable.js";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** `helper(…)`: the call whose callee is `identifier` itself. */
function calledAsCallee(identifier: TSESTree.Identifier): TSESTree.CallExpression | null {
  const parent = parentSkippingWrappers(identifier);
  return parent?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === identifier ? parent : null;
}

/**
 * `reference` is the callee of a call of a same-file helper whose own body asserts (`isAssertion` tells an
 * assertion's identifier in that body): the call, or null.
 */
export function assertingHelperCall(
  reference: TSESLint.Scope.Reference,
  sourceCode: SourceCode,
  isAssertion: (identifier: TSESTree.Identifier, fn: FunctionNode) => boolean,
): TSESTree.CallExpression | null {
  const variable = reference.resolved;
  if (!variable) return null;
  const call = calledAsCallee(reference.identifier as TSESTree.Identifier);
  if (!call) return null;
  const helper = declaredFunction(variable);
  if (!helper) return null;
  const asserts = sourceCode
    .getScope(helper)
    .through.some((inner) => isAssertion(inner.identifier as TSESTree.Identifier, helper));
  return asserts ? call : null;
}
