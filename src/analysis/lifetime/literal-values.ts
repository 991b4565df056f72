// Values built from literals alone cannot throw: `new Date("2026-04-11T12:00:00.000Z")` (an unparsable string gives an
// Invalid Date, not an exception) and `"a".repeat(64)` (a RangeError needs a negative or infinite count). Seen between
// connect() and the try whose finally releases in AA-TheCape/ROAS-Radar's integration tests, where counting them as
// throw points made false alarms. Only literal arguments are trusted: `new Date(x)` runs `x`'s valueOf (and throws for
// a Symbol or a BigInt), `s.repeat(n)` throws for a negative `n`. Like the read-only string methods of
// throw-points.ts, `repeat`'s receiver is taken to be a string.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";

/** A string or finite number literal, or a template literal with no expressions: nothing runs to make it. */
function isPlainLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return value.expressions.length === 0;
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "-") return isNumberLiteral(value.argument);
  return value.type === AST_NODE_TYPES.Literal && (typeof value.value === "string" || isNumberLiteral(value));
}

function isNumberLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "number" && Number.isFinite(value.value);
}

/** `new Date()`, `new Date("2026-04-11")`, `new Date(2026, 3, 11)`: only literal arguments. */
export function isLiteralDate(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === "Date" && node.arguments.every(isPlainLiteral);
}

/** `"a".repeat(64)`, `"-".repeat(40)`: a count that is a non-negative number literal. */
export function isLiteralRepeat(call: TSESTree.CallExpression): boolean {
  if (methodCall(call)?.name !== "repeat" || call.arguments.length !== 1) return false;
  const count = unwrapExpression(call.arguments[0]!);
  return count.type === AST_NODE_TYPES.Literal && typeof count.value === "number" && Number.isFinite(count.value) && count.value >= 0;
}
