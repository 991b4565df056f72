// A release repeated in a function made after the release: `done(); … pool.query(sql, (err, res) => { done(); … })`
// in a callback chain. The function cannot run before it exists, so whenever it runs the client has already gone back
// and its `done()` releases a second time (pg throws "Release called on client which has already been released to the
// pool."). Only the callback checkout's own `done`, a parameter nothing reassigns, called by name: a `client.release()`
// could name a client the variable holds anew by then (a retry that checks out again), and a use of the client
// there is left to the readings that follow it, and a path that already used the client after the same release (the
// function is the callback of `client.query(…)`) has that finding already.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { encloses, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { Tracked } from "./lifetime-model.js";

/** The first `done(…)` call of `tracked`'s release function inside `fn` (a function made where the path is), or null. */
export function releaseInLaterFunction(fn: TSESTree.Node, tracked: Tracked): TSESTree.Identifier | null {
  const done = tracked.subject.releaseFunction;
  if (!done || done.references.some((reference) => reference.isWrite())) return null;
  let first: TSESTree.Identifier | null = null;
  for (const reference of done.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (!encloses(fn, identifier) || (first && first.range[0] < identifier.range[0])) continue;
    const call = parentSkippingWrappers(identifier);
    if (call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === identifier) first = identifier;
  }
  return first;
}
