// The shapes the withClient rewrite starts from: `const c = await P.connect();` (or `c = await P.connect();` for a
// `let c` declared before it), and the manual pattern — that acquisition followed by a `try` whose `finally`
// releases `c`, in either form. Matching is purely syntactic here; whether `P` is a pool is the caller's question.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** A client checkout written as a statement of its own. */
export interface ClientAcquisition {
  /** `const c = await P.connect();`, or the `c = await P.connect();` statement of the `let` form. */
  statement: TSESTree.VariableDeclaration | TSESTree.ExpressionStatement;
  /** The client binding as declared (in the `let c;` statement for the `let` form), with its type annotation. */
  id: TSESTree.Identifier;
  /** The `let c;` declaration of the `let` form (it goes with the rewrite); null for `const c = await …`. */
  letDeclaration: TSESTree.VariableDeclaration | null;
  /** `P` in `P.connect()`, through TS wrappers (what a pool matcher looks at). */
  pool: TSESTree.Expression;
  /** `P` as written, casts included (what the rewrite passes to withClient). */
  poolAsWritten: TSESTree.Expression;
  /** The statement list that holds `statement` (a block's or the program's body). */
  siblings: readonly TSESTree.Statement[];
}

/** The acquisition plus the `try { … } [catch] finally { c.release() }` that holds it. */
export interface ManualClientBlock extends ClientAcquisition {
  tryStatement: TSESTree.TryStatement & { finalizer: TSESTree.BlockStatement };
  /** The statement of the `finally` block that releases `c` (`c.release()`, `c?.release()`, `if (c) c.release()`). */
  release: TSESTree.Statement;
}

/**
 * The `await …` of a checkout's value, through the TypeScript wrappers written around it (`(await P.connect()) as
 * Tagged`, `<Tagged>(await P.connect())`, `(await P.connect())!`): the client is still the pool's, held by hand;
 * whether the rewrite can keep what a wrapper says is checkout-shape.ts's question. Null when the value is no `await`.
 */
export function checkoutAwait(node: TSESTree.Node | null | undefined): TSESTree.AwaitExpression | null {
  let current = node;
  while (
    current?.type === AST_NODE_TYPES.TSAsExpression ||
    current?.type === AST_NODE_TYPES.TSTypeAssertion ||
    current?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current?.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current?.type === AST_NODE_TYPES.AwaitExpression ? current : null;
}

/** `P` of an argument-less `await P.connect()`, or null. */
function awaitedConnect(value: TSESTree.Node | null | undefined): { pool: TSESTree.Expression; poolAsWritten: TSESTree.Expression } | null {
  const node = checkoutAwait(value);
  if (!node) return null;
  const call = unwrapExpression(node.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 0) return null;
  const method = methodCall(call);
  if (!method || method.name !== "connect") return null;
  const callee = unwrapExpression(call.callee) as TSESTree.MemberExpression;
  return { pool: method.object as TSESTree.Expression, poolAsWritten: callee.object };
}

const inStatementList = (node: TSESTree.Node): readonly TSESTree.Statement[] | null =>
  node.parent?.type === AST_NODE_TYPES.BlockStatement || node.parent?.type === AST_NODE_TYPES.Program
    ? (node.parent.body as readonly TSESTree.Statement[])
    : null;

/** Reads `const c = await P.connect();` (one declarator, no arguments); null for any other statement. */
export function matchAcquisition(declaration: TSESTree.VariableDeclaration): ClientAcquisition | null {
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  if (declaration.declarations.length !== 1) return null;
  const [declarator] = declaration.declarations;
  if (!declarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const connect = awaitedConnect(declarator.init);
  const siblings = inStatementList(declaration);
  if (!connect || !siblings) return null;
  return { statement: declaration, id: declarator.id, letDeclaration: null, ...connect, siblings };
}

/** `let c;`, `let c = null;`, `let c: PoolClient | undefined;`: the declaration of the `let` form, or null. */
function emptyLetBinding(declaration: TSESTree.Node): TSESTree.Identifier | null {
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== "let") return null;
  if (declaration.declarations.length !== 1) return null;
  const [declarator] = declaration.declarations;
  if (!declarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const init = declarator.init;
  const empty =
    !init ||
    (init.type === AST_NODE_TYPES.Literal && init.value === null) ||
    (init.type === AST_NODE_TYPES.Identifier && init.name === "undefined");
  return empty ? declarator.id : null;
}

/**
 * Reads `c = await P.connect();` where `c` is declared by `letDeclaration` (`let c;`): the acquisition of the `let`
 * form. Null for any other statement.
 */
export function matchLetAcquisition(
  statement: TSESTree.Node,
  letDeclaration: TSESTree.VariableDeclaration,
): ClientAcquisition | null {
  const id = emptyLetBinding(letDeclaration);
  if (!id || statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const assignment = statement.expression;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  if (assignment.left.type !== AST_NODE_TYPES.Identifier || assignment.left.name !== id.name) return null;
  const connect = awaitedConnect(assignment.right);
  const siblings = inStatementList(statement);
  if (!connect || !siblings) return null;
  return { statement, id, letDeclaration, ...connect, siblings };
}

/** True for `c.release(…)` / `c?.release(…)` / `await c.release(…)` as a statement, where `c` is the client's name. */
export function isReleaseStatement(statement: TSESTree.Node, clientName: string): statement is TSESTree.ExpressionStatement {
  return statement.type === AST_NODE_TYPES.ExpressionStatement && releaseCallIn(statement.expression, clientName) !== null;
}

// `await c.release()` is the same release: pg's release() returns undefined, so the await only adds a tick.
function releaseCallIn(expression: TSESTree.Node, clientName: string): TSESTree.CallExpression | null {
  const call = unwrapExpression(expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const method = methodCall(call);
  return method !== null &&
    method.name === "release" &&
    method.object.type === AST_NODE_TYPES.Identifier &&
    method.object.name === clientName
    ? call
    : null;
}

const isClient = (node: TSESTree.Node, clientName: string): boolean =>
  node.type === AST_NODE_TYPES.Identifier && node.name === clientName;

/**
 * The release call of a statement that releases `c` whenever it holds one: `c.release()`, `c?.release()`,
 * `if (c) c.release();`, `if (c) { c.release(); }`, `c && c.release();`. Null for anything else.
 */
export function guardedReleaseCall(statement: TSESTree.Node, clientName: string): TSESTree.CallExpression | null {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = statement.expression;
    if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator === "&&" && isClient(expression.left, clientName)) {
      return releaseCallIn(expression.right, clientName);
    }
    return releaseCallIn(expression, clientName);
  }
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !isClient(statement.test, clientName)) return null;
  const consequent = statement.consequent;
  const inner = consequent.type === AST_NODE_TYPES.BlockStatement && consequent.body.length === 1 ? consequent.body[0] : consequent;
  return inner?.type === AST_NODE_TYPES.ExpressionStatement ? releaseCallIn(inner.expression, clientName) : null;
}

/** Whether a `try` releases `c` in its `finally`, at the top level of that block. */
export function finallyRelease(statement: TSESTree.Node, clientName: string): TSESTree.Statement | null {
  if (statement.type !== AST_NODE_TYPES.TryStatement || !statement.finalizer) return null;
  return statement.finalizer.body.find((candidate) => guardedReleaseCall(candidate, clientName) !== null) ?? null;
}

/**
 * Reads the whole manual pattern starting at `declaration`: `const c = await P.connect(); try { … } finally {
 * c.release(); }`, or `let c; try { c = await P.connect(); … } finally { c?.release(); }`. Null otherwise.
 */
export function matchManualClientBlock(declaration: TSESTree.VariableDeclaration): ManualClientBlock | null {
  const siblings = inStatementList(declaration);
  const next = siblings?.[siblings.indexOf(declaration) + 1];
  if (next?.type !== AST_NODE_TYPES.TryStatement || !next.finalizer) return null;
  const tryStatement = next as ManualClientBlock["tryStatement"];
  const first = next.block.body[0];
  const acquisition = matchAcquisition(declaration) ?? (first ? matchLetAcquisition(first, declaration) : null);
  if (!acquisition) return null;
  const release = finallyRelease(next, acquisition.id.name);
  if (!release) return null;
  // The `const` form releases unconditionally; `if (c)` guards only make sense where `c` may be unset.
  if (!acquisition.letDeclaration && !isReleaseStatement(release, acquisition.id.name)) return null;
  return { ...acquisition, tryStatement, release };
}

/**
 * Whether code in `moved` (what the rewrite moves into the callback) releases the acquisition's client itself —
 * `c.release()`, `c?.release()`, `(c as PoolClient).release(err)` — read from the client variable's references.
 * Round twenty-one's solar CRM test script releases and returns early inside the `try` whose `finally` releases
 * again: pg throws there, and inside withClient, which releases when the callback ends, it would still.
 */
export function releasedInside(source: Readonly<TSESLint.SourceCode>, acquisition: ClientAcquisition, moved: readonly [number, number]): boolean {
  const { id } = acquisition;
  const variable = source.getDeclaredVariables(id.parent).find((candidate) => candidate.name === id.name);
  return (
    variable?.references.some(({ identifier }) => {
      if (identifier.range[0] < moved[0] || identifier.range[1] > moved[1]) return false;
      const member = parentSkippingWrappers(identifier);
      if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
      const call = parentSkippingWrappers(member);
      if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
      return methodCall(call)?.name === "release";
    }) ?? false
  );
}
