// node-postgres-named's `patch(client)` replaces the client's `query` with one that rewrites `$name` parameters from
// a plain object, and throws synchronously ("Missing Parameters: …") when a name the SQL uses has no value. Inside a
// node-style callback a call is no throw point (a throw there crashes the process), but a throw that the callback's
// own `try`/`catch` swallows does not: the process goes on, and the query's callback — the one that would call
// `done()` — never runs (MK-2001/node-red-contrib-postgres's input handler). So the query of a client the file
// patches with node-postgres-named (bound by import or require of the package, never by the name alone), given
// named values — a second argument that is no array literal and no callback — is a certain throw point when a
// `catch` of the same callback receives it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { memberPropertyName, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { exceptionTarget } from "./throw-points.js";
import { isThrowFreePackageCall } from "./throw-free-packages.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export interface PatchedQuery {
  /** The client's identifier in `client.query(…)`, where the event is recorded. */
  identifier: TSESTree.Identifier;
  call: TSESTree.CallExpression;
}

/** `named.patch(client)` (or `patch(client)`) with node-postgres-named's `patch`. */
function isNamedPatch(call: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
  return name === "patch" && isThrowFreePackageCall(sourceCode, call);
}

/** The queries with named values of a patched `client` made directly in `fn`, whose throw a `catch` of `fn` receives. */
export function caughtPatchedQueries(fn: TSESTree.FunctionLike, client: Variable | null, sourceCode: SourceCode): PatchedQuery[] {
  if (!client) return [];
  const patched = client.references.some((reference) => {
    const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === reference.identifier && isNamedPatch(call, sourceCode);
  });
  if (!patched) return [];
  const found: PatchedQuery[] = [];
  for (const reference of client.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const member = parentSkippingWrappers(identifier);
    const call = member ? parentSkippingWrappers(member) : undefined;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) continue;
    if (methodCall(call)?.name !== "query" || !takesNamedValues(call) || innermostFunction(call) !== fn) continue;
    if (exceptionTarget(call, fn)?.type === AST_NODE_TYPES.CatchClause) found.push({ identifier, call });
  }
  return found;
}

/** `query(sql, values, …)` whose values may be a plain object: not an array literal, not the callback. */
function takesNamedValues(call: TSESTree.CallExpression): boolean {
  const values = call.arguments[1];
  if (!values || values.type === AST_NODE_TYPES.SpreadElement) return false;
  const value = unwrapExpression(values);
  return value.type !== AST_NODE_TYPES.ArrayExpression && !isFunction(value);
}

function innermostFunction(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return null;
}
