// A checkout raced against another promise: `await Promise.race([pool.connect(), timeout])`. When the other promise
// settles first the race is over, but the checkout still completes later, and the client it yields reaches no one —
// the code that would release it only sees the winner (thiago4go/rag-memory-mcp-postgresql's health check). Only the
// bare `connect()` call as an element of the raced array is taken: a promise kept in a variable can still be released
// when it settles, and a race with nothing else in it cannot be lost.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, promiseStaticMethod, unwrapExpression } from "../node-shapes.js";

/** The `Promise.race([…])` that races the bare checkout promise `connect` against another promise, or null. */
export function promiseRaceLosing(connect: TSESTree.CallExpression): TSESTree.CallExpression | null {
  const array = parentSkippingWrappers(connect);
  if (array?.type !== AST_NODE_TYPES.ArrayExpression || array.elements.length < 2) return null;
  const race = parentSkippingWrappers(array);
  if (!race || promiseStaticMethod(race) !== "race") return null;
  const call = race as TSESTree.CallExpression;
  return call.arguments.length === 1 && unwrapExpression(call.arguments[0]!) === array ? call : null;
}
