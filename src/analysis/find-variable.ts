// The variable an identifier refers to, looked up through the scope chain. It does what `ASTUtils.findVariable` of
// @typescript-eslint/utils (from @eslint-community/eslint-utils) does; written here because those packages pull in
// eslint and typescript as dependencies of the published package, and a service that installs poolguard only for
// `poolguard/runtime` must not get them.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { unwrapExpression } from "./node-shapes.js";

type Scope = TSESLint.Scope.Scope;

/** The innermost scope below `scope` whose block holds where `node` starts (ESLint's `getScope` may answer an outer one). */
function innermostScope(scope: Scope, node: TSESTree.Node): Scope {
  const start = node.range[0];
  let current = scope;
  for (let child = childHolding(current, start); child; child = childHolding(current, start)) current = child;
  return current;
}

/**
 * The first child scope of `scope` whose block holds `start`. A module's child scopes are its functions and classes,
 * as many as the file has: for a name at the top level, which none of them holds, reading them all cost the file's
 * size per question. When the blocks are in source order and do not overlap (checked once per scope), at most one
 * holds `start`, the last that starts at or before it: a binary search finds it.
 */
function childHolding(scope: Scope, start: number): Scope | null {
  const children = scope.childScopes;
  if (children.length > 8 && inSourceOrder(scope)) {
    let low = 0;
    let high = children.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (children[middle]!.block.range[0] <= start) low = middle;
      else high = middle - 1;
    }
    const [childStart, childEnd] = children[low]!.block.range;
    return childStart <= start && start < childEnd ? children[low]! : null;
  }
  for (const child of children) {
    const [childStart, childEnd] = child.block.range;
    if (childStart <= start && start < childEnd) return child;
  }
  return null;
}

const ordered = new WeakMap<Scope, boolean>();

/** Each child scope's block ends where or before the next one's starts. */
function inSourceOrder(scope: Scope): boolean {
  let answer = ordered.get(scope);
  if (answer === undefined) {
    const children = scope.childScopes;
    answer = children.every((child, index) => index === 0 || children[index - 1]!.block.range[1] <= child.block.range[0]);
    ordered.set(scope, answer);
  }
  return answer;
}

/** The variable `identifier` names, declared in its scope or an enclosing one; null for a global nobody declared. */
export function findVariable(scope: Scope, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  for (let current: Scope | null = innermostScope(scope, identifier); current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable) return variable;
  }
  return null;
}

/** `identifier` names a parameter of an enclosing function, its one definition (no `var` of the same name beside it). */
export function namesParameter(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): boolean {
  const definitions = resolveIdentifier(sourceCode, identifier)?.defs;
  return definitions?.length === 1 && definitions[0]!.type === "Parameter";
}

/** The variable an identifier refers to (through scope analysis), or null for globals and unresolved names. */
export function resolveIdentifier(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): TSESLint.Scope.Variable | null {
  let scope: Scope | null = sourceCode.getScope(identifier);
  while (scope) {
    for (const reference of scope.references) {
      if (reference.identifier === identifier) return reference.resolved;
    }
    scope = scope.upper;
  }
  return null;
}

/**
 * The function a variable is bound to when that is its only definition: `function f() {}`, or `const f = () => {}` /
 * `const f = function () {}`. Null otherwise — a parameter among them: a parameter's definition node is the function
 * that declares it, which is not the function the parameter holds.
 */
export function declaredFunction(
  variable: TSESLint.Scope.Variable,
): TSESTree.FunctionDeclaration | TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  // A TS declaration (`declare function f(): T;`) is a FunctionName too, with no body to read: not a function of the file.
  if (definition.type === "FunctionName") return definition.node.type === "FunctionDeclaration" ? definition.node : null;
  if (definition.type !== "Variable" || definition.parent?.type !== "VariableDeclaration") return null;
  if (definition.parent.kind !== "const" || !definition.node.init) return null;
  const init = unwrapExpression(definition.node.init);
  return init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression" ? init : null;
}

/**
 * What an undeclared global is set to when the file sets it exactly once, by a top-level statement `name = value`
 * (a sloppy script's or a Meteor package's `pg = Npm.require("pg")`); null when it is declared, never written, written
 * more than once or anywhere else, since then no single value stands for it.
 */
export function implicitGlobalValue(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | null {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope || globalScope.set.has(identifier.name)) return null;
  let value: TSESTree.Expression | null = null;
  let writes = 0;
  for (const reference of globalScope.through) {
    if (reference.identifier.name !== identifier.name || !reference.isWrite()) continue;
    writes += 1;
    const assignment = reference.identifier.parent;
    if (
      writes > 1 ||
      assignment?.type !== "AssignmentExpression" ||
      assignment.operator !== "=" ||
      assignment.left !== reference.identifier ||
      assignment.parent?.type !== "ExpressionStatement" ||
      assignment.parent.parent?.type !== "Program"
    ) {
      return null;
    }
    value = assignment.right;
  }
  return value;
}
