// A client handed down a promise chain: `.then((result) => { …; return client; }).then((client) => { … })`. The
// success handler that returns the client passes it to the next `.then`'s handler, whose parameter (often the same
// name, shadowing) is then the same client: its release is the release, and a rejection earlier in the chain skips it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
type Variable = TSESLint.Scope.Variable;

/** Chains longer than this are not followed further. */
const MAX_LINKS = 8;

/**
 * The variables the client is handed down to along promise chains, starting from `client`, and the `return client`
 * references that hand it down (no longer hand-overs out of the function: the chain keeps the client).
 */
export function chainedClients(
  client: Variable,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { variables: Variable[]; handedDown: Set<TSESTree.Node> } {
  const variables: Variable[] = [];
  const handedDown = new Set<TSESTree.Node>();
  const queue = [client];
  for (let index = 0; index < queue.length && variables.length < MAX_LINKS; index++) {
    for (const reference of queue[index]!.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      const next = nextHandlerParameter(identifier);
      if (!next) continue;
      const variable = sourceCode.getDeclaredVariables(next.fn).find((candidate) => candidate.identifiers.includes(next.param));
      if (!variable || variables.includes(variable) || variable === client) continue;
      handedDown.add(identifier);
      variables.push(variable);
      queue.push(variable);
    }
  }
  return { variables, handedDown };
}

/** For `return client` (or `=> client`) in the success handler `h` of `x.then(h).then(g)`: g and its first parameter. */
function nextHandlerParameter(identifier: TSESTree.Identifier): { fn: TSESTree.Node; param: TSESTree.Identifier } | null {
  const parent = parentSkippingWrappers(identifier);
  let handler: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    for (let current: TSESTree.Node | undefined = parent.parent; current; current = current.parent) {
      if (isFunctionNode(current)) {
        handler = current;
        break;
      }
    }
  } else if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === identifier) {
    handler = parent;
  }
  const thenCall = handler?.parent;
  if (thenCall?.type !== AST_NODE_TYPES.CallExpression || thenCall.arguments[0] !== handler || !isThen(thenCall.callee)) return null;
  const member = parentSkippingWrappers(thenCall);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== thenCall || !isThen(member)) return null;
  const nextCall = parentSkippingWrappers(member);
  if (nextCall?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(nextCall.callee) !== member) return null;
  const next = nextCall.arguments[0];
  if (!next || !isFunctionNode(next)) return null;
  const param = next.params[0];
  return param?.type === AST_NODE_TYPES.Identifier ? { fn: next, param } : null;
}

function isThen(node: TSESTree.Node): boolean {
  const member = unwrapExpression(node);
  return member.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(member) === "then";
}
