// A TypeORM runner that falls back on the caller's: `const qr = this.queryRunner ?? this.dataSource.createQueryRunner()`
// (or `||`, or a parameter in place of the field). Only the runner made here is this function's to release, and the
// code says which one it holds by testing the caller's (`if (!this.queryRunner) await qr.release()`, TypeORM's own
// MigrationExecutor before fa5453b40): those tests are followed as tests of whether a runner is held, the way
// fallback-checkout.ts follows `client ?? await pool.connect()`. A field the function writes is not a test of
// anything, so such a function is not followed.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { isWrittenMember, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A field of `this` named by a plain identifier (`this.queryRunner`). */
export type ThisField = TSESTree.MemberExpression & { property: TSESTree.Identifier };

export interface FallbackRunner {
  /** The choice: `other ?? X.createQueryRunner()`. */
  choice: TSESTree.LogicalExpression;
  /** The caller's runner as a variable (a parameter): when it is set, nothing was made. */
  alternative?: Variable;
  /** The caller's runner as a field of `this`: its reads in the function, each a test of whether one was made. */
  alternativeReads?: ThisField[];
}

/**
 * For the runner `made` (the `createQueryRunner(…)` call, or its await), the right operand of `other ?? made` or
 * `other || made`, with `other` a plain variable or a field of `this` that `owner` never writes; null otherwise.
 */
export function fallbackRunner(sourceCode: SourceCode, made: TSESTree.Node, owner: TSESTree.Node): FallbackRunner | null {
  const choice = parentSkippingWrappers(made);
  if (choice?.type !== AST_NODE_TYPES.LogicalExpression || (choice.operator !== "??" && choice.operator !== "||")) return null;
  if (unwrapExpression(choice.right) !== made) return null;
  const other = unwrapExpression(choice.left);
  if (other.type === AST_NODE_TYPES.Identifier) {
    const alternative = findVariable(sourceCode.getScope(other), other);
    return alternative ? { choice, alternative } : null;
  }
  const name = thisFieldName(other);
  if (name === null || !isFunction(owner) || !owner.body) return null;
  const reads: ThisField[] = [];
  let written = false;
  walk(owner.body, sourceCode.visitorKeys, (node) => {
    // A function of its own has another `this`; an arrow function shares the owner's.
    if (isFunction(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) return false;
    if (thisFieldName(node) !== name) return;
    if (isWrittenMember(node as ThisField)) written = true;
    else reads.push(node as ThisField);
  });
  return written ? null : { choice, alternativeReads: reads };
}

/** `this.name` (not computed, not private): `name`; null for anything else. */
function thisFieldName(node: TSESTree.Node): string | null {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return null;
  return unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression ? node.property.name : null;
}
