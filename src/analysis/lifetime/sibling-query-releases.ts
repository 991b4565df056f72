// Two queries sent on a client one after the other, each with a callback that releases it:
//
//   client.query(a, (err, r) => { done(); … });
//   client.query(b, (err, r) => { done(); … });
//
// pg queues both at once and runs them in order, so the first callback gives the client back while the second query
// still waits for it (the pool may hand it to another caller), and the second callback releases it again: pg throws
// "Release called on client which has already been released to the pool." (rikx/icom5047 before 7da724f, whose fix
// kept only the second release). ESLint's code paths do not order the callbacks of calls made one after the other,
// so the after-release solver does not see this; it is found here, syntactically.
//
// Only the plain shape counts: both queries statements of the same block, one after the other, each with its
// callback written inline as its last argument, and in each callback a release that runs whatever happened (no `if`,
// `?:`, `&&`/`||`, `switch`, `catch`, loop or nested function between the release and the callback).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { decidesWhetherRuns, methodCall, unwrapExpression } from "../node-shapes.js";

/** The second release, and the first one that already gave the client back. */
export interface SiblingQueryRelease {
  second: TSESTree.Identifier;
  first: TSESTree.Identifier;
}

/**
 * Among `releases` (identifiers of `client.release()` or `done()` calls), the pairs released by the callbacks of two
 * queries on `clients` sent one after the other as statements of the same block.
 */
export function siblingQueryReleases(
  releases: readonly TSESTree.Identifier[],
  clients: ReadonlySet<TSESTree.Node>,
): SiblingQueryRelease[] {
  const byStatement = new Map<TSESTree.Node, TSESTree.Identifier>();
  for (const release of releases) {
    const statement = releasingQueryStatement(release, clients);
    if (statement && !byStatement.has(statement)) byStatement.set(statement, release);
  }
  const found: SiblingQueryRelease[] = [];
  for (const [statement, second] of byStatement) {
    const block = statement.parent;
    if (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program) continue;
    const index = block.body.indexOf(statement as TSESTree.Statement);
    const earlier = block.body.slice(0, index).findLast((sibling) => byStatement.has(sibling));
    // Nothing between the two may leave the block first (`return`, `throw`…): only other statements that run on.
    if (!earlier || block.body.slice(block.body.indexOf(earlier) + 1, index).some(mayLeave)) continue;
    found.push({ second, first: byStatement.get(earlier)! });
  }
  return found;
}

/**
 * `client.query(…, (err, r) => { …; done(); … });` as a statement, with `release` reached unconditionally in its
 * inline callback: that statement; else null.
 */
function releasingQueryStatement(release: TSESTree.Identifier, clients: ReadonlySet<TSESTree.Node>): TSESTree.Node | null {
  let child: TSESTree.Node = release;
  for (let current: TSESTree.Node | undefined = release.parent; current; child = current, current = current.parent) {
    if (isFunction(current)) {
      const call = current.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments.at(-1) !== current) return null;
      const method = methodCall(call);
      if (method?.name !== "query" || !clients.has(unwrapExpression(method.object))) return null;
      const statement = call.parent;
      return statement?.type === AST_NODE_TYPES.ExpressionStatement && unwrapExpression(statement.expression) === call ? statement : null;
    }
    if (decidesWhetherRuns(current, child)) return null;
  }
  return null;
}

/** A statement that may leave its block instead of running on to the next. */
function mayLeave(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclaration:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.EmptyStatement:
      return false;
    default:
      return true;
  }
}
