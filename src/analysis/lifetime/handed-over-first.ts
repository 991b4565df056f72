// A continuation (a callback the client's work runs later: `client.query("BEGIN", function (err) { … })`) normally
// takes the client over, held, and must give it back on each of its paths. Not when the function that makes it has
// already handed the client over on the way there: a middleware that stores `req.db = { client, done }` and then
// starts BEGIN gives the request the job of releasing it, and the continuation's `done()` on BEGIN's error is one
// release among the owner's, not the only one (chilts/connect-pgclient). Only a store that surely ran is believed:
// an assignment statement earlier in a block the continuation is made in, the client (or pg's `done`) its right side
// or a value of an object or array literal there, and its target not the client itself: `connection.autorelease =
// done` parks the release on the client, which nobody has taken over yet (loopback-connector-postgresql).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isExpressionWrapper } from "../node-shapes.js";

/**
 * Whether a hand-over among `transfers` (identifiers in the function that makes `fn`) runs before `fn` is made;
 * `clientReads` are the references to the client and its release, which no store's target may start from.
 */
export function handedOverFirst(
  fn: TSESTree.Node,
  maker: TSESTree.Node,
  transfers: readonly TSESTree.Identifier[],
  clientReads: ReadonlySet<TSESTree.Node>,
): boolean {
  if (transfers.length === 0) return false;
  const stores = new Set<TSESTree.Node>();
  for (const identifier of transfers) {
    const statement = storingStatement(identifier, clientReads);
    if (statement) stores.add(statement);
  }
  if (stores.size === 0) return false;
  for (let node: TSESTree.Node = fn; node.parent && node !== maker; node = node.parent) {
    const block = node.parent;
    if (block.type !== AST_NODE_TYPES.BlockStatement) continue;
    const index = block.body.indexOf(node as TSESTree.Statement);
    if (block.body.slice(0, index).some((statement) => stores.has(statement))) return true;
  }
  return false;
}

/** The statement `target = <value>` whose value is the identifier, or holds it in object and array literals only. */
function storingStatement(identifier: TSESTree.Identifier, clientReads: ReadonlySet<TSESTree.Node>): TSESTree.ExpressionStatement | null {
  let node: TSESTree.Node = identifier;
  while (node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node && !parent.computed) node = parent;
    else if (parent.type === AST_NODE_TYPES.ObjectExpression || parent.type === AST_NODE_TYPES.ArrayExpression) node = parent;
    else if (isExpressionWrapper(parent)) node = parent;
    else break;
  }
  const assignment = node.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || assignment.right !== node) return null;
  if (clientReads.has(rootObject(assignment.left))) return null;
  const statement = assignment.parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement : null;
}

/** `a` of `a.b.c = …` (through `a[k]`, `a!`, `(a as T)`); the target itself when it is no member. */
function rootObject(target: TSESTree.Node): TSESTree.Node {
  let node = target;
  for (;;) {
    if (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
    else if (isExpressionWrapper(node)) node = node.expression;
    else return node;
  }
}
