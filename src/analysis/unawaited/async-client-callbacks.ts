// A call handed the client together with an async function that uses the client itself
// (`inTransaction(client, async () => { await client.query(…) })`): whatever the callee is, the callback's work on
// the client runs past its first `await`, after the call has returned. So the call's value is the promise of that
// work, or a value that waits for none of it: returned from a `try` whose `finally` releases, or dropped, the release
// overtakes it. This holds for a callee imported from another module, whose declaration the analysis of one file
// cannot see (unawaited-work.ts's isAsyncHelperCall reads only this file and types). Such a call counts only inside a
// `try` whose `finally` releases the client: elsewhere the callee may as well register a handler
// (`listen(client, "jobs", async (msg) => …)`, released later by a shutdown listener), whose work outlasts the call by
// design, not for want of an `await`.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { encloses, isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";

/** `call` passes an async function (inline) that works on `held.client` (more than reading a property of it). */
export function passesAsyncClientCallback(call: TSESTree.CallExpression, held: HeldClient): boolean {
  return call.arguments.some((argument) => {
    const fn = unwrapExpression(argument);
    return isFunctionNode(fn) && fn.async && !fn.generator && held.client.references.some((reference) => encloses(fn, reference.identifier) && !propertyRead(reference.identifier));
  });
}

/** `client.processID`: a property of the client read, not called (review-c) — no work on it, nothing to outlast. */
function propertyRead(identifier: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  const call = parentSkippingWrappers(member);
  return call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member;
}
