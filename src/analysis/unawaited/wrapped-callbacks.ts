// A query's callback wrapped in a call that passes it on: `client.query(sql, params, assert.success(fn))`,
// `client.query(sql, once(fn))`, `domain.bind(fn)`. The wrapper returns the function pg calls back, so the query is
// callback style, not a dropped promise, whatever the wrapped function's parameters are (`assert.success` hands on
// the result only). An array method given a function (`ids.map((id) => …)`, `Array.from(rows, fn)`) builds the
// query's values instead: it is no wrapper.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isCallbackFunction } from "../lifetime/callback-arguments.js";
import { calleeName, unwrapExpression } from "../node-shapes.js";

/** Methods that take a function and give back values (an array, a string, an accumulated value), not a callback. */
const VALUE_BUILDERS = new Set([
  "map",
  "flatMap",
  "filter",
  "reduce",
  "reduceRight",
  "from",
  "fromAsync",
  "sort",
  "toSorted",
  "find",
  "findLast",
  "replace",
  "replaceAll",
  "stringify",
]);

/** `wrap(fn)`: a call given exactly one inline function, that is no value-building method. */
export function wrapsCallback(argument: TSESTree.Node): boolean {
  const node = unwrapExpression(argument);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  if (node.arguments.filter(isCallbackFunction).length !== 1) return false;
  const name = calleeName(node);
  return name !== null && !VALUE_BUILDERS.has(name);
}
