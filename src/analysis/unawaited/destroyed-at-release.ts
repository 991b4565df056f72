// `client.query("ROLLBACK").catch(log)` and then `client.release(true)`: pg ends a client released with a truthy
// argument instead of returning it to the pool, so work still queued on it cannot run on another caller's checkout
// (it fails with the connection), and its failure is handled where it was started. The MCP postgres server's query
// tool, and zed's copy of it, end their read-only transaction this way. Only that pair is let through: work whose
// rejection nobody handles, or a later release that pools the client again, is still reported.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { HeldClient } from "../lifetime/held-clients.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

/** The un-awaited `work` handles its own rejection and every release after it destroys the client. */
export function settledByDestroyingRelease(work: TSESTree.Node, held: HeldClient): boolean {
  if (!handlesRejection(work)) return false;
  const later = held.releases.filter((release) => release.range[0] > work.range[1]);
  return later.length > 0 && later.every(destroysClient);
}

/** `….catch(fn)` or `….then(ok, fn)`: the chain ends in a rejection handler. */
function handlesRejection(work: TSESTree.Node): boolean {
  const call = unwrapExpression(work);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberPropertyName(call.callee);
  return (method === "catch" && call.arguments.length >= 1) || (method === "then" && call.arguments.length >= 2);
}

/** `client.release(true)` or `client.release(new Error(…))`: pg destroys the client rather than pooling it. */
function destroysClient(reference: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(reference);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "release") return false;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
  const argument = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
  if (argument?.type === AST_NODE_TYPES.Literal) return argument.value === true;
  return argument?.type === AST_NODE_TYPES.NewExpression;
}
