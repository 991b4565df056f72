// A release that leaves its flag unset. Code that keeps a flag about its client (`released = true; client.release()`,
// then `finally { if (!released) client.release() }`) is trusted by the lifetime plan (release-flags.ts): the guarded
// release is not followed. But an early release with no `released = true` beside it leaves the flag false, and the
// guarded release then runs a second time (vodxjpg/trapigram's change-status route before 40eb3474). This module
// says which releases set which flags, and when a guarded release runs only while its flag is still unset, so the
// after-release solver (lifetime-solver.ts) can tell that second release from a trusted one.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import { unwrapExpression } from "../node-shapes.js";
import { booleanValue, flagGuard, releaseFlags } from "./release-flags.js";
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The flags a release sets beside itself (`released = true; client.release()`). */
export function flagsSetBeside(release: TSESTree.Identifier, sourceCode: SourceCode): Variable[] {
  return releaseFlags([release], sourceCode);
}

/**
 * When `release` runs only while a release flag is still false — it is the consequent of `if (!flag)`, the flag a
 * local whose only writes after its declaration are `flag = false` and `flag = true` beside a release of `releases`
 * (so the flag turns true only where one of those releases runs) — that flag; null for any other guard, which stays
 * trusted.
 */
export function releasedWhileUnset(
  release: TSESTree.Identifier,
  owner: TSESTree.Node,
  releases: readonly TSESTree.Identifier[],
  sourceCode: SourceCode,
): Variable | null {
  const guard = flagGuard(release, owner, sourceCode);
  if (!guard) return null;
  const statement = guard.thenNode.parent;
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.consequent !== guard.thenNode) return null;
  const test = unwrapExpression(statement.test);
  if (test.type !== AST_NODE_TYPES.UnaryExpression || test.operator !== "!") return null;
  if (unwrapExpression(test.argument) !== guard.flag) return null;
  const flag = resolveIdentifier(sourceCode, guard.flag);
  if (!flag || !onlySetBesideReleases(flag, releases, sourceCode)) return null;
  return flag;
}

function onlySetBesideReleases(flag: Variable, releases: readonly TSESTree.Identifier[], sourceCode: SourceCode): boolean {
  const setters = new Set<TSESTree.Node>();
  for (const release of releases) {
    if (releaseFlags([release], sourceCode).includes(flag)) setters.add(release);
  }
  if (setters.size === 0) return false;
  for (const reference of flag.references) {
    if (!reference.isWrite()) continue;
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === identifier) continue;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== "=" || parent.left !== identifier) return false;
    const value = booleanValue(parent.right);
    if (value === false) continue;
    if (value !== true || !besideOneOf(parent, setters)) return false;
  }
  return true;
}

/** The assignment is an expression statement in the statement list of one of `releases`. */
function besideOneOf(assignment: TSESTree.AssignmentExpression, releases: ReadonlySet<TSESTree.Node>): boolean {
  const statement = assignment.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const block = statement.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const release of releases) {
    let current: TSESTree.Node | undefined = release;
    while (current && current.parent !== block) current = current.parent;
    if (current) return true;
  }
  return false;
}
