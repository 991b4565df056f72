// A call handed the client together with an async function that uses the client itself
// (`inTransaction(client, async () => { await client.query(…) })`): whatever the callee is, the callback's work on
// the client runs past its first `await`, after the call has returned. So the call's value is the promise of that
// work, or a value that waits for none of it: returned from a `try` whose `finally` releases, or dropped, the release
// overtakes it. This holds for a callee imported from another module, whose declaration the analysis of one file
// cannot see (unawaited-work.ts's isAsyncHelperCall reads only this file and types).
import type { TSESTree } from "@typescript-eslint/utils";
import { encloses, isFunctionNode, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";

/** `call` passes an async function (inline) that references `held.client`. */
export function passesAsyncClientCallback(call: TSESTree.CallExpression, held: HeldClient): boolean {
  return call.arguments.some((argument) => {
    const fn = unwrapExpression(argument);
    return isFunctionNode(fn) && fn.async && held.client.references.some((reference) => encloses(fn, reference.identifier));
  });
}
