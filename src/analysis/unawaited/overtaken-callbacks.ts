// The callback of a callback-style query that a release overtakes (released-while-running.ts): `client.query(sql, (err,
// res) => { … }); release();`. pg calls back only on a later tick, so the callback runs after the release, on a client
// already back in the pool: a query it sends, a second release, any use of the client there is use after release
// (no-use-after-release), not work the release might overtake (no-unawaited-client-work stays silent on it).
// daxherrera/callscreenerbot's `!q` handler sends its INSERT or UPDATE from such a callback. Only a release that runs
// whenever the query is sent counts here: none under an `if`, `?:`, `&&`/`||`, `switch`, `catch` or loop (in an earlier
// query's callback: a release only when that query failed), and nothing that leaves the block between the two (the
// query would not be sent); otherwise both rules read the code as before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { VisitorKeys } from "../ast-walk.js";
import { decidesWhetherRuns, encloses, isFunctionNode, methodCall, parentSkippingWrappers, statementList, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { callbackOfQuery, releaseWhileRunning } from "./released-while-running.js";
import { leavesTheList } from "./synchronous-run.js";

export interface OvertakenCallback {
  /** The query whose callback it is. */
  query: TSESTree.CallExpression;
  /** The release that runs before the callback can. */
  release: TSESTree.Node;
}

/**
 * When `node` sits in the callback of a query on `held`'s client that a release overtakes — a release outside that
 * callback — the outermost such query and its release; else null.
 */
export function overtakenCallbackAround(node: TSESTree.Node, held: HeldClient, visitorKeys: VisitorKeys): OvertakenCallback | null {
  if (held.managed) return null;
  let found: OvertakenCallback | null = null;
  for (let current = node.parent; current && current !== held.owner; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const query = queryCalling(current, held);
    if (!query) continue;
    const release = releaseWhileRunning(query, held, visitorKeys);
    if (release && !encloses(current, release) && runsWheneverSent(release, query)) found = { query, release };
  }
  return found;
}

/** The `client.query(…, fn)` statement of the held client whose callback `fn` is (inline, or through a wrapper). */
function queryCalling(fn: TSESTree.Node, held: HeldClient): TSESTree.CallExpression | null {
  let call = parentSkippingWrappers(fn);
  // `client.query(sql, assert.calls((err) => …))`: the one function given to a wrapper.
  if (call?.type === AST_NODE_TYPES.CallExpression && methodCall(call)?.name !== "query") call = parentSkippingWrappers(call);
  if (call?.type !== AST_NODE_TYPES.CallExpression || methodCall(call)?.name !== "query") return null;
  const statement = parentSkippingWrappers(call);
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || unwrapExpression(statement.expression) !== call) return null;
  return callbackOfQuery(statement, held) === fn ? call : null;
}

/**
 * `release` runs whenever `query` is sent: from the release up to the statement of the query's block that holds it
 * (through the callback of an earlier query there), nothing decides whether it runs, and no statement between that
 * one and the query's leaves the block.
 */
function runsWheneverSent(release: TSESTree.Node, query: TSESTree.CallExpression): boolean {
  const statement = parentSkippingWrappers(query);
  const list = statement ? statementList(statement) : null;
  if (!statement || !list) return false;
  let child: TSESTree.Node = release;
  for (let current = release.parent; current; child = current, current = current.parent) {
    if (decidesWhetherRuns(current, child)) return false;
    const index = list.indexOf(current);
    if (index >= 0) {
      const [from, to] = [index, list.indexOf(statement)].sort((a, b) => a - b) as [number, number];
      return !list.slice(from + 1, to).some(leavesTheList);
    }
  }
  return false;
}
