// A TypeORM runner made into the caller's parameter when the caller gave none: `if (queryRunner === undefined ||
// shouldCreateQueryRunner) { queryRunner = this.dataSource.createQueryRunner("master"); }` (TypeORM's
// DbQueryResultCache.storeInCache). The parameter holds the caller's runner or the one made here; the guard's test of
// it says which (derived-hold-flags.ts reads it, and the constants that record it), so the made runner is followed from
// that assignment, its first connecting call looked for after the guard. And a query builder of the runner kept in a
// `const` and executed a statement later (`const qb = qr.manager.createQueryBuilder().update(t).set(v); qb.where(…);
// await qb.execute();`): TypeORM's builders connect their runner only when they run a query, so the await of the
// builder's first awaited call is where the runner connects.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import { parentSkippingWrappers, soleGuardOf, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * `p = <value>;`, the one statement of an `if` without `else` whose test reads `p`, with `p` a plain parameter of the
 * same function: the parameter, the assignment, and the block the `if` is a statement of (where
 * the made runner's first connecting call is looked for); null for any other shape.
 */
export function guardedRunnerParameter(
  value: TSESTree.Node,
  sourceCode: SourceCode,
): { runner: Variable; assignment: TSESTree.AssignmentExpression & { left: TSESTree.Identifier }; home: TSESTree.Node } | null {
  const assignment = parentSkippingWrappers(value);
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || unwrapExpression(assignment.right) !== value) return null;
  if (assignment.left.type !== AST_NODE_TYPES.Identifier) return null;
  const guard = soleGuardOf(assignment);
  if (!guard?.parent) return null;
  const runner = resolveIdentifier(sourceCode, assignment.left);
  const definition = runner?.defs.length === 1 ? runner.defs[0]! : null;
  if (!runner || definition?.type !== "Parameter" || definition.name.parent !== definition.node) return null;
  if (runner.scope.variableScope !== sourceCode.getScope(assignment).variableScope) return null;
  const test = guard.test;
  const tested = runner.references.some((reference) => reference.identifier.range[0] >= test.range[0] && reference.identifier.range[1] <= test.range[1]);
  if (!tested) return null;
  return { runner, assignment: assignment as TSESTree.AssignmentExpression & { left: TSESTree.Identifier }, home: guard.parent };
}

/**
 * `const qb = qr.manager.createQueryBuilder()…;` with `identifier` the runner at the root of the initialiser's chain,
 * and the builder only ever used through its members (`qb.where(…)`, `qb.escape(…)`): the await of the builder's first
 * awaited call chain (`await qb.execute()`); null for any other shape.
 */
export function keptBuilderAwait(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.AwaitExpression | null {
  let node: TSESTree.Node = identifier;
  for (let parent = parentSkippingWrappers(node); parent; parent = parentSkippingWrappers(node)) {
    const chained =
      (parent.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === unwrapExpression(node)) ||
      (parent.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === unwrapExpression(node));
    if (!chained) break;
    node = parent;
  }
  const declarator = parentSkippingWrappers(node);
  if (node === identifier || unwrapExpression(node).type !== AST_NODE_TYPES.CallExpression) return null;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== "const") return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== unwrapExpression(node)) return null;
  const builder = sourceCode.getDeclaredVariables(declarator).find((variable) => variable.identifiers.includes(declarator.id as TSESTree.Identifier));
  if (!builder) return null;
  const uses = builder.references.filter((reference) => !reference.init).map((reference) => reference.identifier).sort((a, b) => a.range[0] - b.range[0]);
  if (!uses.every((use) => parentSkippingWrappers(use)?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression((parentSkippingWrappers(use) as TSESTree.MemberExpression).object) === use)) return null;
  for (const use of uses) {
    const awaited = awaitedChain(use as TSESTree.Identifier);
    if (awaited) return awaited;
  }
  return null;
}

/** `await qr.connect()`, `await qr.manager.save(x)`, `await qb.where(…).getMany()`: that await; null for a chain not awaited. */
export function awaitedChain(identifier: TSESTree.Identifier): TSESTree.AwaitExpression | null {
  let node: TSESTree.Node = identifier;
  let called = false;
  for (;;) {
    const parent = parentSkippingWrappers(node);
    if (parent?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === unwrapExpression(node)) {
      node = parent;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === unwrapExpression(node)) {
      called = true;
      node = parent;
      continue;
    }
    return called && parent?.type === AST_NODE_TYPES.AwaitExpression ? parent : null;
  }
}
