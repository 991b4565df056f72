// A checkout stored straight on a member of the request the function was called with, and released by the function
// itself through that same member two statements on: `ctx.db = await pool.connect(); await next(); ctx.db.release();`
// (wisdman/bitjournal's Koa-style middleware). The store alone is a hand-over for the lifetime analysis (whoever reads
// `ctx.db` downstream may release it), and loaned-stores.ts reads the variant that keeps the client in a variable
// (`ctx.db = client; …; client.release()`). Here no variable holds it, so the paths are not followed; the shape is read
// instead, and only where it is plain: the store an assignment statement of the function's own body whose target hangs
// from a parameter (or a name its first parameter's pattern binds), a later statement of that body
// `<same target>.release()`, and between them no `return`, `throw`, `try`, other release or new store of the target, but
// a throw point as the lifetime analysis counts them (throw-points.ts: a call, `new` or `await`, but no logging,
// listener or timer): the first is where a throw leaves the client on the request with nothing to release it. A
// release anywhere else (a `finally`, a branch, a listener, another function of the file releasing a member by the
// same path, as an error-handling middleware does) keeps the store a hand-over, as before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { parameterNames } from "./loaned-stores.js";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { firstThrowPoint } from "./throw-points.js";
import { callsNamed } from "../text-search.js";
import { memberChainRoot, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * An awaited pool checkout stored by a plain `=` straight on a member (`ctx.db = await pool.connect()`): the assignment
 * and the member it writes; else null. The shape this reading and chained-middleware-releases.ts start from.
 */
export function awaitedMemberStore(
  acquisition: Acquisition,
): { assignment: TSESTree.AssignmentExpression; holder: TSESTree.MemberExpression } | null {
  if (acquisition.target !== "transferred" || acquisition.style !== "await" || acquisition.pgPromise === true) return null;
  const assignment = acquisition.binding;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  const holder = unwrapExpression(assignment.left);
  return holder.type === AST_NODE_TYPES.MemberExpression ? { assignment, holder } : null;
}

/** The first call that may throw between the store and the function's own release of it (see above); else null. */
export function throwBeforeOwnMemberRelease(acquisition: Acquisition, sourceCode: SourceCode): TSESTree.Node | null {
  const store = awaitedMemberStore(acquisition);
  if (!store) return null;
  const { assignment, holder } = store;
  const statement = parentSkippingWrappers(assignment);
  const body = statement?.parent;
  const owner = body?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || body?.type !== AST_NODE_TYPES.BlockStatement || !owner || !isFunction(owner)) {
    return null;
  }
  const root = memberChainRoot(holder);
  if (root.type !== AST_NODE_TYPES.Identifier || !parameterNames(owner).has(root.name)) return null;
  const holderText = textOf(sourceCode, holder);
  const isHolder = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.MemberExpression && textOf(sourceCode, node) === holderText;
  const later = body.body.slice(body.body.indexOf(statement) + 1);
  const releaseIndex = later.findIndex((next) => releasesHolder(next, isHolder));
  if (releaseIndex <= 0) return null;
  const between = later.slice(0, releaseIndex);
  if (someNodeBelow(between, (node) => (isFunction(node) ? "skip" : leavesOrRestores(node, isHolder)))) return null;
  if (releasedElsewhere(holder, owner, sourceCode)) return null;
  return firstThrowPoint(between);
}

/** `<holder>.release();` as a statement (`?.` and TS wrappers seen through). */
function releasesHolder(statement: TSESTree.Statement, isHolder: (node: TSESTree.Node) => boolean): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = unwrapExpression(statement.expression);
  const method = call.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
  return method?.name === "release" && isHolder(unwrapExpression(method.object));
}

/**
 * Another function of the file releases a member by the same path (`ctx.db.release()` in an error-handling
 * middleware's catch, upstream of this one): the request's client has a keeper besides the function's own release.
 */
function releasedElsewhere(holder: TSESTree.MemberExpression, owner: TSESTree.Node, sourceCode: SourceCode): boolean {
  const root = memberChainRoot(holder);
  const path = textOf(sourceCode, holder).slice(textOf(sourceCode, root).length);
  return callsNamed(sourceCode, "release").some((call) => {
    const method = methodCall(call);
    const object = method ? unwrapExpression(method.object) : null;
    if (object?.type !== AST_NODE_TYPES.MemberExpression || !textOf(sourceCode, object).endsWith(path)) return false;
    return !(owner.range[0] <= call.range[0] && call.range[1] <= owner.range[1]);
  });
}

/** What ends the straight line the reading needs: an exit, a `try`, a release of the holder, a new store into it. */
function leavesOrRestores(node: TSESTree.Node, isHolder: (node: TSESTree.Node) => boolean): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.TryStatement:
      return true;
    case AST_NODE_TYPES.AssignmentExpression:
      return isHolder(unwrapExpression(node.left));
    case AST_NODE_TYPES.CallExpression: {
      const method = methodCall(node);
      return method?.name === "release" && isHolder(unwrapExpression(method.object));
    }
    default:
      return false;
  }
}

/** The source of `node` with its spacing removed, so `ctx .db` and `ctx.db` name the same holder. */
export function textOf(sourceCode: SourceCode, node: TSESTree.Node): string {
  return sourceCode.getText(node).replace(/\s+/g, "");
}
