// The checkout whose answer its shape already gives: `const c = await P.connect();` followed at once by a `try` whose
// `finally` releases `c` first thing, every other reference a plain use (`c.query(…)`, or `work(c)` where `work`
// does not release, store or pass on what it is given) written straight in that `try` block or its `catch`. However the block is left (a return, a break, an exception from any call or await), the
// `finally` releases the client before anything else runs, and nothing reads it afterwards: no path leaks it and none
// uses it after the release, so following its paths could only confirm that. It is the way most checkouts are
// written; the analysis skips planning and replaying them (measured with `npm run bench:ab`, docs/benchmarks.md).
//
// The same holds for the form that declares the variable first, so that the `finally` can see it:
// `let c; try { c = await P.connect(); … } finally { c?.release(); }` (or `if (c) c.release();`), the checkout the
// first statement of the `try` and the `let` right before it. A path on which `connect()` throws holds no client, and
// the guard skips the release there; every other path holds it from the assignment on, inside the `try`.
//
// Neither form counts when the `catch` awaits `end()` of the client's own pool: that `await` waits for the very client
// the `finally` would release after it (pool-end.ts), so those paths are followed instead.
//
// In both forms the release may be awaited (`await c.release();`, `if (c) await c.release();`): release() returns
// undefined, so the await cannot throw, and the path analysis counts no throw point there either.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { isFunctionNode, unwrapExpression } from "../node-shapes.js";
import { someNodeBelow } from "../ast-walk.js";
import { argumentCallee, classifyReference } from "./client-references.js";
import { endedPool, sameReference } from "./pool-end.js";
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The references of a checkout released by the `finally` that follows it, and that release call. */
export interface FinallyReleased {
  /** Every reference to the client but its declaration: the uses and the release's receiver. */
  references: TSESTree.Identifier[];
  release: TSESTree.CallExpression;
}

/** The shape described above, or null for anything else (which the path analysis follows). */
export function finallyReleased(acquisition: Acquisition, sourceCode: SourceCode): FinallyReleased | null {
  const { client, binding } = acquisition;
  if (acquisition.style !== "await" || acquisition.target !== "variable" || client === null) return null;
  if (acquisition.wrapped || acquisition.alternative || acquisition.releaseFunction) return null;
  if (binding.type === AST_NODE_TYPES.AssignmentExpression) return letFinallyReleased(acquisition, binding, sourceCode);
  if (binding.type !== AST_NODE_TYPES.VariableDeclarator || binding.id.type !== AST_NODE_TYPES.Identifier || !binding.init) return null;
  const awaited = unwrapExpression(binding.init);
  if (awaited.type !== AST_NODE_TYPES.AwaitExpression || unwrapExpression(awaited.argument) !== acquisition.call) return null;
  const declaration = binding.parent;
  if (declaration.declarations.length !== 1 || (declaration.kind !== "const" && declaration.kind !== "let")) return null;
  const block = declaration.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return null;
  const tryStatement = block.body[block.body.indexOf(declaration) + 1];
  if (tryStatement?.type !== AST_NODE_TYPES.TryStatement || !tryStatement.finalizer) return null;
  const release = releaseStatementCall(tryStatement.finalizer.body[0]);
  if (!release) return null;

  return settledReferences(acquisition, sourceCode, tryStatement, release, binding.id);
}

/** The `let c; try { c = await P.connect(); … } finally { c?.release(); }` form (see the top of this file). */
function letFinallyReleased(
  acquisition: Acquisition,
  assignment: TSESTree.AssignmentExpression,
  sourceCode: SourceCode,
): FinallyReleased | null {
  const client = acquisition.client!;
  if (acquisition.heldWhen || acquisition.heldWhenInstance || acquisition.awaited || assignment.left.type !== AST_NODE_TYPES.Identifier) return null;
  if (assignment.right.type !== AST_NODE_TYPES.AwaitExpression || assignment.right.argument !== acquisition.call) return null;
  // `c = await P.connect();`, the first statement of a `try` block...
  const statement = assignment.parent;
  const block = statement?.parent;
  const tryStatement = block?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return null;
  if (tryStatement?.type !== AST_NODE_TYPES.TryStatement || tryStatement.block !== block || block.body[0] !== statement) return null;
  if (!tryStatement.finalizer) return null;
  // ...right after `let c;` (or `let c = null;`) in the same block: a fresh binding each time the block runs, so no
  // client of an earlier run is still in it (a `var`, or a `let` outside a loop around the `try`, would keep one).
  const definition = client.defs.length === 1 ? client.defs[0] : undefined;
  const declarator = definition?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (declarator.init && !(declarator.init.type === AST_NODE_TYPES.Literal && declarator.init.value === null)) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "let" || declaration.declarations.length !== 1) return null;
  const outer = declaration.parent;
  if (outer?.type !== AST_NODE_TYPES.BlockStatement && outer?.type !== AST_NODE_TYPES.Program) return null;
  if (outer.body[outer.body.indexOf(declaration) + 1] !== tryStatement) return null;
  const release = guardedReleaseCall(tryStatement.finalizer.body[0]);
  if (!release) return null;

  return settledReferences(acquisition, sourceCode, tryStatement, release, declarator.id, assignment.left);
}

/**
 * The client's references but its declaration (`declared`), when each is the assignment of the checkout
 * (`assigned`), the release's receiver or its guard's test, or a plain use written straight in the `try`; null when
 * one is anything else, or when the release's receiver is not among them.
 */
function settledReferences(
  acquisition: Acquisition,
  sourceCode: SourceCode,
  tryStatement: TSESTree.TryStatement,
  release: { call: TSESTree.CallExpression; receiver: TSESTree.Identifier; test?: TSESTree.Identifier | null },
  declared: TSESTree.Node,
  assigned?: TSESTree.Node,
): FinallyReleased | null {
  if (awaitsOwnPoolEnd(acquisition, tryStatement)) return null;
  const references: TSESTree.Identifier[] = [];
  let released = false;
  for (const reference of acquisition.client!.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (identifier === declared) continue;
    references.push(identifier);
    if (identifier === release.receiver) released = true;
    else if (identifier !== assigned && identifier !== release.test) {
      const kind = classifyReference(identifier, acquisition);
      if (kind !== "use" && !(kind === "argument" && handsOff(identifier, sourceCode))) return null;
      if (!straightIn(identifier, tryStatement)) return null;
    }
  }
  return released ? { references, release: release.call } : null;
}

/**
 * Whether the `catch` awaits `end()` of the client's own pool (`await this.pool.end().catch(…)` cleaning up a failed
 * start-up; truffle-ai/dexto's PostgresStore.connect): that waits for the client the `finally` would release after
 * it, so the `finally` does not settle the checkout and the paths are followed.
 */
function awaitsOwnPoolEnd(acquisition: Acquisition, tryStatement: TSESTree.TryStatement): boolean {
  return someNodeBelow([tryStatement.handler], (node) => {
    if (isFunctionNode(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
    const pool = endedPool(node);
    return pool !== null && sameReference(pool, acquisition.pool);
  });
}

/**
 * `c?.release();`, `if (c) c.release();` or `if (c) { c.release(); … }` with no argument, each also awaited: the call,
 * `c` as its receiver, and `c` as the `if`'s test.
 */
function guardedReleaseCall(
  statement: TSESTree.Statement | undefined,
): { call: TSESTree.CallExpression; receiver: TSESTree.Identifier; test: TSESTree.Identifier | null } | null {
  const chain = statement?.type === AST_NODE_TYPES.ExpressionStatement ? awaitedOrPlain(statement.expression) : null;
  if (chain?.type === AST_NODE_TYPES.ChainExpression) {
    const call = chain.expression;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0 || call.optional) return null;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || !callee.optional) return null;
    if (callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== "release") return null;
    return callee.object.type === AST_NODE_TYPES.Identifier ? { call, receiver: callee.object, test: null } : null;
  }
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.alternate || statement.test.type !== AST_NODE_TYPES.Identifier) return null;
  const test = statement.test;
  const inner = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body[0] : statement.consequent;
  const release = releaseStatementCall(inner);
  return release && release.receiver.name === test.name ? { ...release, test } : null;
}

/**
 * `work(c)` where `work` is no function of this file, or one whose parameter is never released, stored or passed on
 * (so the analysis would not follow it either): the call cannot release the client before the `finally` does.
 */
function handsOff(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const callee = argumentCallee(identifier, sourceCode);
  if (!callee) return true;
  const param = callee.callee.params[callee.index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = sourceCode.getDeclaredVariables(callee.callee).find((candidate) => candidate.identifiers.includes(param));
  if (!variable) return true;
  const subject = { style: "then", client: variable, releaseFunction: null, errorParameter: null, owner: callee.callee, binding: param };
  return variable.references.every((reference) => {
    const kind = classifyReference(reference.identifier as TSESTree.Identifier, subject as Acquisition);
    return kind !== "release" && kind !== "transfer" && kind !== "argument";
  });
}

/**
 * `c.release();` with no argument (an argument could throw before the release), or `await c.release();` (release()
 * returns undefined, and awaiting it cannot throw: the path analysis counts no throw point there either): the call
 * and `c`.
 */
function releaseStatementCall(
  statement: TSESTree.Statement | undefined,
): { call: TSESTree.CallExpression; receiver: TSESTree.Identifier } | null {
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = awaitedOrPlain(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0 || call.optional) return null;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional) return null;
  if (callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== "release") return null;
  return callee.object.type === AST_NODE_TYPES.Identifier ? { call, receiver: callee.object } : null;
}

/** The expression of an `await`, or the expression itself. */
function awaitedOrPlain(expression: TSESTree.Expression): TSESTree.Expression {
  return expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
}

/** `node` lies in the `try` block or the `catch` clause of `tryStatement`, in no function or class of its own. */
function straightIn(node: TSESTree.Node, tryStatement: TSESTree.TryStatement): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === tryStatement.block || current === tryStatement.handler) return true;
    if (current === tryStatement || isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return false;
  }
  return false;
}
