// A client put in an options object handed to a call (`drizzle({ client, schema })`, `makeRepo({ client })`) is lent,
// not handed over, when the function releases it itself after that call: code that gives the client back knows it
// still owns it, so the call only borrows it. Such a reference is then an ordinary argument (a call that can throw
// before the release), not a transfer that ends the function's duty. Without a release of its own after the call,
// the object may well be the new owner (a session, a request context), and it stays a transfer.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;

/** The call whose argument is the object literal holding `property`, when there is one. */
function optionsCall(property: TSESTree.Property): TSESTree.CallExpression | null {
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const call = parentSkippingWrappers(object);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  return call.arguments.some((argument) => unwrapExpression(argument) === object) ? call : null;
}

/** The nearest function (or the program) around `node`. */
function codeOwner(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = node.parent;
  while (
    current &&
    current.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    current.type !== AST_NODE_TYPES.FunctionExpression &&
    current.type !== AST_NODE_TYPES.FunctionDeclaration &&
    current.type !== AST_NODE_TYPES.Program
  ) {
    current = current.parent;
  }
  return current;
}

/** `client.release(…)` written after `call`, in the same function as `call` (not in a callback). */
function releasedAfter(client: Variable, call: TSESTree.CallExpression): boolean {
  const owner = codeOwner(call);
  return client.references.some((reference) => {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.range[0] < call.range[1] || codeOwner(identifier) !== owner) return false;
    const member = parentSkippingWrappers(identifier);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "release") return false;
    const releaseCall = parentSkippingWrappers(member);
    return releaseCall?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(releaseCall.callee) === member;
  });
}

/** `property` (the client as a value in an object literal) lends the client to a call the function outlives. */
export function lentInOptions(property: TSESTree.Property, client: Variable | null): boolean {
  if (!client) return false;
  const call = optionsCall(property);
  return call !== null && releasedAfter(client, call);
}
