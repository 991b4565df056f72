// A query that returns no promise — callback style (`client.query(sql, cb)`) or a submittable (`new Query(…)`,
// `new Cursor(…)`, a stream) — sent on the held client and then, in the same synchronous run, the release. pg calls
// back and emits only on a later tick, so when the release runs the query cannot have finished: the client goes back
// to the pool with the query still on it. An `await`/`yield` between the two (a cursor read, say) ends the run, and
// the straight path is judged only within one statement list (and on into the `finally` of a `try` block that list
// is), so anything less direct stays silent. pg runs a client's
// queries in the order they were sent, so the same holds for a release in the callback of a query sent just before:
// that callback runs while this query still waits its turn (tofishes/umitime's two queries that each call `done()`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { walk, type VisitorKeys } from "../ast-walk.js";
import {
  encloses,
  isFunctionNode,
  memberPropertyName,
  parentSkippingWrappers,
  statementList,
  unwrapExpression,
} from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { isCallbackFunction } from "../lifetime/callback-arguments.js";


/**
 * For `query`, a `client.query(…)` of `held` that returns no promise: the release that follows it in the same
 * synchronous run, or null.
 */
export function releaseWhileRunning(
  query: TSESTree.CallExpression,
  held: HeldClient,
  visitorKeys: VisitorKeys,
): TSESTree.Node | null {
  if (held.managed) return null;
  const statement = submittingStatement(query);
  const list = statement ? statementList(statement) : null;
  if (!statement || !list) return null;
  const index = list.indexOf(statement);
  const later = releaseAmong(list.slice(index + 1), held, visitorKeys);
  if (later) return later;
  // The end of a `try` block runs its `finally` next, in the same run: `try { client.query(sql, cb); } finally {
  // done(); }` (jcbain/tweet-collection's cron job).
  const block = statement.parent;
  const tryStatement = block?.parent;
  if (later === undefined && tryStatement?.type === AST_NODE_TYPES.TryStatement && tryStatement.block === block && tryStatement.finalizer) {
    const release = releaseAmong(tryStatement.finalizer.body, held, visitorKeys);
    if (release) return release;
  }
  return releasedByEarlierCallback(list.slice(0, index), held, visitorKeys);
}

/**
 * The first release of `held` in `statements`, run in order from the first, up to one that may suspend or leaves the
 * list (then null: the run may end there); undefined when they all ran without a release.
 */
function releaseAmong(statements: readonly TSESTree.Node[], held: HeldClient, visitorKeys: VisitorKeys): TSESTree.Node | null | undefined {
  for (const later of statements) {
    if (suspends(later, visitorKeys)) return null;
    const release = held.releases.find((node) => encloses(later, node) && !insideFunctionBelow(node, later));
    if (release) return release;
    if (leavesTheList(later)) return null;
  }
  return undefined;
}

/**
 * The release in the callback of a callback-style query on `held`'s client sent earlier in the same synchronous run
 * (`client.query(a, (err) => { done(); … }); client.query(b, …)`): it runs when that query is done, while the later
 * one still waits. Only a release in the callback itself: one in a further callback comes after the later query.
 */
function releasedByEarlierCallback(earlier: TSESTree.Node[], held: HeldClient, visitorKeys: VisitorKeys): TSESTree.Node | null {
  for (const statement of earlier.reverse()) {
    if (suspends(statement, visitorKeys)) return null;
    const callback = callbackOfQuery(statement, held);
    if (!callback) continue;
    const release = held.releases.find((node) => encloses(callback, node) && !insideFunctionBelow(node, callback));
    if (release) return release;
  }
  return null;
}

/**
 * `client.query(…, cb);` of the held client: the callback written inline, or the one function given to a wrapper
 * (`assert.calls(cb)`, `assert.success((res) => …)`): whatever the wrapper passes on, it runs once pg calls back.
 */
export function callbackOfQuery(statement: TSESTree.Node, held: HeldClient): TSESTree.Node | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = unwrapExpression(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "query") return null;
  const receiver = unwrapExpression(callee.object);
  if (!held.client.references.some((reference) => reference.identifier === receiver)) return null;
  const last = call.arguments[call.arguments.length - 1];
  if (!last || isCallbackFunction(last)) return last ?? null;
  return last.type === AST_NODE_TYPES.CallExpression && last.arguments.length === 1 && isCallbackFunction(last.arguments[0])
    ? last.arguments[0]
    : null;
}

/** The statement that sends the query: `client.query(…);` or `const stream = client.query(…);`. */
function submittingStatement(query: TSESTree.CallExpression): TSESTree.Node | null {
  const parent = parentSkippingWrappers(query);
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init && unwrapExpression(parent.init) === query) {
    return parent.parent;
  }
  return null;
}

/** The statement can end the synchronous run: it awaits or yields outside any function it declares. */
function suspends(statement: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  let found = false;
  walk(statement, visitorKeys, (node) => {
    if (found || (node !== statement && isFunctionNode(node))) return false;
    if (
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      (node.type === AST_NODE_TYPES.ForOfStatement && node.await)
    ) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

/** `node` sits in a function declared inside `statement`: it runs later (a listener, a callback), not now. */
function insideFunctionBelow(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== statement; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/** A `return`, `throw`, `break` or `continue`: the statements after it in its list do not run. */
export function leavesTheList(statement: TSESTree.Node): boolean {
  return (
    statement.type === AST_NODE_TYPES.ReturnStatement ||
    statement.type === AST_NODE_TYPES.ThrowStatement ||
    statement.type === AST_NODE_TYPES.BreakStatement ||
    statement.type === AST_NODE_TYPES.ContinueStatement
  );
}
