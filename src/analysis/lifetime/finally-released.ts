// The checkout whose answer its shape already gives: `const c = await P.connect();` followed at once by a `try` whose
// `finally` releases `c` first thing, every other reference a plain use (`c.query(…)`) written straight in that `try`
// block or its `catch`. However the block is left (a return, a break, an exception from any call or await), the
// `finally` releases the client before anything else runs, and nothing reads it afterwards: no path leaks it and none
// uses it after the release, so following its paths could only confirm that. It is the way most checkouts are
// written; the analysis skips planning and replaying them (measured with `npm run bench:ab`, docs/benchmarks.md).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { classifyReference, isFunctionNode, type Acquisition } from "./acquisition.js";
import { unwrapExpression } from "../node-shapes.js";

/** The references of a checkout released by the `finally` that follows it, and that release call. */
export interface FinallyReleased {
  /** Every reference to the client but its declaration: the uses and the release's receiver. */
  references: TSESTree.Identifier[];
  release: TSESTree.CallExpression;
}

/** The shape described above, or null for anything else (which the path analysis follows). */
export function finallyReleased(acquisition: Acquisition): FinallyReleased | null {
  const { client, binding } = acquisition;
  if (acquisition.style !== "await" || acquisition.target !== "variable" || client === null) return null;
  if (acquisition.wrapped || acquisition.alternative || acquisition.releaseFunction) return null;
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

  const references: TSESTree.Identifier[] = [];
  let released = false;
  for (const reference of client.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (identifier === binding.id) continue;
    references.push(identifier);
    if (identifier === release.receiver) {
      released = true;
      continue;
    }
    if (classifyReference(identifier, acquisition) !== "use" || !straightIn(identifier, tryStatement)) return null;
  }
  return released ? { references, release: release.call } : null;
}

/** `c.release();` with no argument (an argument could throw before the release): the call and `c`. */
function releaseStatementCall(
  statement: TSESTree.Statement | undefined,
): { call: TSESTree.CallExpression; receiver: TSESTree.Identifier } | null {
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = statement.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0 || call.optional) return null;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional) return null;
  if (callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== "release") return null;
  return callee.object.type === AST_NODE_TYPES.Identifier ? { call, receiver: callee.object } : null;
}

/** `node` lies in the `try` block or the `catch` clause of `tryStatement`, in no function or class of its own. */
function straightIn(node: TSESTree.Node, tryStatement: TSESTree.TryStatement): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === tryStatement.block || current === tryStatement.handler) return true;
    if (current === tryStatement || isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return false;
  }
  return false;
}
