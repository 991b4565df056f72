// A release made only in a callback handed to a local module's function that never calls it back when its query
// fails (muminoff/vt-chat-server's socket handlers, gaps-32a: `signinUser(client, token, logger, (user) => { done(); …
// })`, whose ./signin reads `result.rows[0]` before looking at the error): the read throws inside the query callback,
// so `done()` never runs. What the function does is read once per version of its module (imported-functions.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isCallbackFunction } from "./callback-arguments.js";
import { parentSkippingWrappers } from "../node-shapes.js";
import type { PlanSink } from "./lifetime-model.js";

/**
 * When every releasing reference sits in one callback function given straight to a call whose callee (a local
 * module's function) skips that callback on a failed query on the client it is also given: that call. Null otherwise.
 */
export function callbackSkippedByImportedCall(
  releasing: ReadonlyArray<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }>,
  clientReferences: ReadonlySet<TSESTree.Node>,
  skips: NonNullable<PlanSink["skipsCallbackOnFailedQuery"]>,
): TSESTree.CallExpression | null {
  const callback = releasing[0]?.nested[0];
  if (!callback || !isCallbackFunction(callback) || releasing.some(({ nested }) => nested[0] !== callback)) return null;
  const call = parentSkippingWrappers(callback);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = call.arguments.indexOf(callback);
  if (index < 0) return null;
  return skips(call, index, (argument) => clientReferences.has(argument)) ? call : null;
}
