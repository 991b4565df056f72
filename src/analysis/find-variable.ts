// The variable an identifier refers to, looked up through the scope chain. It does what `ASTUtils.findVariable` of
// @typescript-eslint/utils (from @eslint-community/eslint-utils) does; written here because those packages pull in
// eslint and typescript as dependencies of the published package, and a service that installs poolguard only for
// `poolguard/runtime` must not get them.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type Scope = TSESLint.Scope.Scope;

/** The innermost scope below `scope` whose block holds where `node` starts (ESLint's `getScope` may answer an outer one). */
function innermostScope(scope: Scope, node: TSESTree.Node): Scope {
  const start = node.range[0];
  let current = scope;
  for (let found = true; found; ) {
    found = false;
    for (const child of current.childScopes) {
      const [childStart, childEnd] = child.block.range;
      if (childStart <= start && start < childEnd) {
        current = child;
        found = true;
        break;
      }
    }
  }
  return current;
}

/** The variable `identifier` names, declared in its scope or an enclosing one; null for a global nobody declared. */
export function findVariable(scope: Scope, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  for (let current: Scope | null = innermostScope(scope, identifier); current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable) return variable;
  }
  return null;
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
