// The owner's own closures that release the client (`const finish = () => client.release()`, then `finish()`), and
// the nested functions between a reference and the function that owns the checkout.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type FunctionNode, isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { ClientReferenceKind } from "./client-references.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The functions between `node` and `owner`, outermost first; null when `owner` does not contain `node`. */
export function functionsBetween(node: TSESTree.Node, owner: TSESTree.Node): FunctionNode[] | null {
  const chain: FunctionNode[] = [];
  let current = node.parent;
  while (current && current !== owner) {
    if (isFunctionNode(current)) chain.push(current);
    current = current.parent;
  }
  if (current !== owner) return null;
  return chain.reverse();
}

const MAX_CLOSURE_DEPTH = 4;
/**
 * Calls of the owner's own closures that release the client — `const finish = () => { if (client) client.release(); }`
 * then `finish()`, and `fail()` calling `finish()` — as the callee identifiers: each such call is a release there.
 * Such a closure passed to a call (`cb(null, client, done)` with `done` wrapping pg's release) hands the release
 * over, as passing pg's `done` itself does: `handedOver`.
 */
export function closureReleaseCalls(
  references: ReadonlyArray<{ identifier: TSESTree.Identifier; kind: ClientReferenceKind }>,
  owner: TSESTree.Node,
  sourceCode: SourceCode,
): { calls: Set<TSESTree.Identifier>; handedOver: Set<TSESTree.Identifier> } {
  const calls = new Set<TSESTree.Identifier>();
  const handedOver = new Set<TSESTree.Identifier>();
  const seen = new Set<Variable>();
  // A closure that releases the client, or hands over the release (`client.query("ROLLBACK", done)`), gives it back.
  let frontier: TSESTree.Node[] = references
    .filter((reference) => reference.kind === "release" || reference.kind === "transfer")
    .map((reference) => reference.identifier);
  for (let depth = 0; depth < MAX_CLOSURE_DEPTH && frontier.length > 0; depth++) {
    const next: TSESTree.Node[] = [];
    for (const node of frontier) {
      const closure = functionsBetween(node, owner)?.[0];
      const variable = closure ? namedFunctionVariable(closure, sourceCode) : null;
      if (!variable || seen.has(variable)) continue;
      seen.add(variable);
      for (const reference of variable.references) {
        const callee = reference.identifier as TSESTree.Identifier;
        const call = parentSkippingWrappers(callee);
        if (call?.type !== AST_NODE_TYPES.CallExpression || functionsBetween(callee, owner) === null) continue;
        if (unwrapExpression(call.callee) !== callee) {
          if (call.arguments.some((argument) => unwrapExpression(argument) === callee)) handedOver.add(callee);
          continue;
        }
        calls.add(callee);
        next.push(callee);
      }
    }
    frontier = next;
  }
  return { calls, handedOver };
}

/** The variable naming a function: `function finish() {}`, `const finish = () => {}`; null for inline callbacks. */
export function namedFunctionVariable(fn: FunctionNode, sourceCode: SourceCode): Variable | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ? (sourceCode.getDeclaredVariables(fn)[0] ?? null) : null;
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  return sourceCode.getDeclaredVariables(declarator)[0] ?? null;
}
