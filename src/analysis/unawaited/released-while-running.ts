// A query that returns no promise — callback style (`client.query(sql, cb)`) or a submittable (`new Query(…)`,
// `new Cursor(…)`, a stream) — sent on the held client and then, in the same synchronous run, the release. pg calls
// back and emits only on a later tick, so when the release runs the query cannot have finished: the client goes back
// to the pool with the query still queued or running on it. An `await`/`yield` between the two (a cursor read, say)
// ends the run; what runs next is read by synchronous-run.ts (the rest of the list, then the `finally` of a `try`, the
// statements after an `if`, a loop or an array iteration's call), and anything less direct stays silent. pg runs a
// client's queries in the order they were sent, so the same holds for a release in the callback of a query sent just before:
// that callback runs while this query still waits its turn (tofishes/umitime's two queries that each call `done()`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { VisitorKeys } from "../ast-walk.js";
import { encloses, memberPropertyName, parentSkippingWrappers, statementList, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { isCallbackFunction } from "../lifetime/callback-arguments.js";
import { insideFunctionBelow, releaseAfter, suspends } from "./synchronous-run.js";

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
  if (!statement) return null;
  const later = releaseAfter(statement, held, visitorKeys);
  if (later) return later;
  const list = statementList(statement);
  return list ? releasedByEarlierCallback(list.slice(0, list.indexOf(statement)), held, visitorKeys) : null;
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

/**
 * The statement that sends the query: `client.query(…);` or `const stream = client.query(…);`; or the query itself when
 * it is an arrow function's expression body (`rows.forEach((row) => client.query(sql, row, cb))`).
 */
function submittingStatement(query: TSESTree.CallExpression): TSESTree.Node | null {
  const parent = parentSkippingWrappers(query);
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return parent;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === query) return parent.body;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init && unwrapExpression(parent.init) === query) {
    return parent.parent;
  }
  return null;
}
