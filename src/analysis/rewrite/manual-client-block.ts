// The shape prefer-with-client rewrites: `const c = await P.connect();` immediately followed by a `try` whose
// `finally` releases `c`. Matching is purely syntactic here; whether `P` is a pool is the caller's question.
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";

/** `const c = await P.connect();` — the statement form every rewrite starts from. */
export interface ClientAcquisition {
  declaration: TSESTree.VariableDeclaration;
  /** The client binding (`c`), with its type annotation if any. */
  id: TSESTree.Identifier;
  /** `P` in `P.connect()`, through TS wrappers (what a pool matcher looks at). */
  pool: TSESTree.Expression;
  /** `P` as written, casts included (what the rewrite passes to withClient). */
  poolAsWritten: TSESTree.Expression;
  /** The statement list that holds the declaration (a block's or the program's body). */
  siblings: readonly TSESTree.Statement[];
}

/** The acquisition plus the `try { … } [catch] finally { c.release() }` right after it. */
export interface ManualClientBlock extends ClientAcquisition {
  tryStatement: TSESTree.TryStatement & { finalizer: TSESTree.BlockStatement };
  /** The `c.release(…)` statement at the top level of the `finally` block. */
  release: TSESTree.ExpressionStatement & { expression: TSESTree.CallExpression };
}

/** Reads `const c = await P.connect();` (one declarator, no arguments); null for any other statement. */
export function matchAcquisition(declaration: TSESTree.VariableDeclaration): ClientAcquisition | null {
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  if (declaration.declarations.length !== 1) return null;
  const [declarator] = declaration.declarations;
  if (!declarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const init = declarator.init;
  if (!init || init.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const call = unwrapExpression(init.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 0) return null;
  const method = methodCall(call);
  if (!method || method.name !== "connect") return null;
  const callee = unwrapExpression(call.callee) as TSESTree.MemberExpression;
  const parent = declaration.parent;
  if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program) return null;
  return {
    declaration,
    id: declarator.id,
    pool: method.object as TSESTree.Expression,
    poolAsWritten: callee.object,
    siblings: parent.body as readonly TSESTree.Statement[],
  };
}

/** True for `c.release(…)` / `c?.release(…)` as a statement, where `c` is the client's name. */
export function isReleaseStatement(
  statement: TSESTree.Node,
  clientName: string,
): statement is TSESTree.ExpressionStatement & { expression: TSESTree.CallExpression } {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const expression = unwrapExpression(statement.expression);
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = methodCall(expression);
  return (
    method !== null &&
    method.name === "release" &&
    method.object.type === AST_NODE_TYPES.Identifier &&
    method.object.name === clientName
  );
}

/** The release call of a release statement (seen through `?.` chains). */
export function releaseCall(statement: TSESTree.ExpressionStatement): TSESTree.CallExpression {
  return unwrapExpression(statement.expression) as TSESTree.CallExpression;
}

/** Reads the whole manual pattern starting at the acquisition; null when the statement after it is not such a try. */
export function matchManualClientBlock(declaration: TSESTree.VariableDeclaration): ManualClientBlock | null {
  const acquisition = matchAcquisition(declaration);
  if (!acquisition) return null;
  const index = acquisition.siblings.indexOf(declaration);
  const next = acquisition.siblings[index + 1];
  if (!next || next.type !== AST_NODE_TYPES.TryStatement || !next.finalizer) return null;
  const release = next.finalizer.body.find((statement) => isReleaseStatement(statement, acquisition.id.name));
  if (!release) return null;
  return {
    ...acquisition,
    tryStatement: next as ManualClientBlock["tryStatement"],
    release: release as ManualClientBlock["release"],
  };
}
