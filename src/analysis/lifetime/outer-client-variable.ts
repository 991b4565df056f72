// A checkout assigned to a variable the function did not declare: one of an enclosing scope (`let client;` at the
// top of the module) or no declaration at all (an implicit global, `client = await pool.connect()` in sloppy code).
// Storing the client there hands it over only when some other code can reach it. When nothing but this function
// reads the variable, nothing reads it before the checkout (so no earlier call's client is released or reused
// through it), and the function itself gives the client back or away (`client.release()`, `return client`), the
// variable is this function's own in all but name: the client is followed as a local one. Code elsewhere that only
// inspects the variable (a timer reading `client.connection`, `_.get(client, …)`: inspecting-reads.ts) shares nothing.
// Without such a release or return, keeping the client in the variable is the point (a LISTEN connection held for
// good).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isInspectingRead } from "./inspecting-reads.js";

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * For `name = await P.connect()` in `owner`, where `variable` is the assignment's target (null: an undeclared name):
 * the variable to follow the client through when the function alone uses it, else null.
 */
export function outerVariableHeldHere(
  sourceCode: SourceCode,
  assignment: TSESTree.AssignmentExpression & { left: TSESTree.Identifier },
  variable: Variable | null,
  owner: TSESTree.Node,
): Variable | null {
  const candidate = variable ?? implicitGlobal(sourceCode, assignment.left);
  if (!candidate || isExported(candidate)) return null;
  const [start, end] = owner.range;
  const onlyHere = candidate.references.every((reference) => {
    const at = reference.identifier.range[0];
    if (at >= start && at < end) return at >= assignment.range[0];
    // `let client = null;`: the declaration's own initialiser reads nothing.
    return reference.init === true || isInspectingRead(sourceCode, reference);
  });
  if (!onlyHere) return null;
  const disposedHere = candidate.references.some((reference) => {
    const identifier = reference.identifier;
    return identifier.range[0] >= start && identifier.range[0] < end && (isReleaseCallee(identifier) || isReturned(identifier));
  });
  return disposedHere ? candidate : null;
}

/** `client.release(…)`, `client?.release()`: `identifier` is the client named as the call's receiver. */
export function isReleaseCallee(identifier: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  const call = parentSkippingWrappers(member);
  return memberPropertyName(member) === "release" && call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
}

/** `return client`, `() => client`. */
function isReturned(identifier: TSESTree.Node): boolean {
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return true;
  return parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === identifier;
}

/**
 * Every reference to an undeclared name, gathered under one variable-like record: scope analysis leaves them
 * unresolved (the global scope's `through`), with no variable to hang them on. Null when the name is declared after
 * all (a configured global resolves) or the scope analysis has no global scope.
 */
function implicitGlobal(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | null {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return null;
  const references = globalScope.through.filter(
    (reference) => reference.identifier.type === AST_NODE_TYPES.Identifier && reference.identifier.name === identifier.name,
  );
  if (!references.some((reference) => reference.identifier === identifier)) return null;
  // Only the fields the lifetime analysis reads of a client variable (`name`, `references`, `scope`, `defs`).
  const record = { name: identifier.name, references, scope: globalScope, defs: [], identifiers: [] };
  return record as unknown as Variable;
}

/** `export let client;`: other modules can reach it (`export { client }` is a reference outside the function). */
function isExported(variable: Variable): boolean {
  return variable.defs.some((definition) => {
    const declaration = definition.node.parent;
    return declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  });
}
