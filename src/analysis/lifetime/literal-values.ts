// Values built from literals alone cannot throw: `new Date("2026-04-11T12:00:00.000Z")` (an unparsable string gives an
// Invalid Date, not an exception) and `"a".repeat(64)` (a RangeError needs a negative or infinite count). Seen between
// connect() and the try whose finally releases in AA-TheCape/ROAS-Radar's integration tests, where counting them as
// throw points made false alarms. Only literal arguments are trusted: `new Date(x)` runs `x`'s valueOf (and throws for
// a Symbol or a BigInt), `s.repeat(n)` throws for a negative `n`. Like the read-only string methods of
// throw-points.ts, `repeat`'s receiver is taken to be a string. Reading the current time off a Date made with no
// argument (`new Date().toISOString()`, `.getTime()`, `.getFullYear()`) cannot throw either: only an Invalid Date
// makes toISOString throw, and the current time is always valid (Jonkor/task-manager-Postgre stamps a task that way
// before the try). A Date made of such reads is a Date of numbers: saltman80/mindmapx computes the first of the month
// with `new Date(new Date().getFullYear(), new Date().getMonth(), 1)` between its checkout and the try. An empty
// built-in collection (`new Set()`, `new Map()`) is made from nothing either.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, methodCall, unwrapExpression } from "../node-shapes.js";

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

/**
 * `new Date()`, `new Date("2026-04-11")`, `new Date(2026, 3, 11)`: only literal arguments, or reads of the current
 * time (`new Date(new Date().getFullYear(), new Date().getMonth(), 1)`), which are numbers or ISO text.
 */
export function isLiteralDate(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "Date") return false;
  return node.arguments.every((argument) => {
    const value = unwrapExpression(argument);
    return isPlainLiteral(value) || (value.type === AST_NODE_TYPES.CallExpression && isCurrentDateRead(value));
  });
}

/** Built-in collections whose constructor, given nothing to copy, makes an empty one. */
const COLLECTIONS = new Set(["Set", "Map", "WeakSet", "WeakMap"]);

/**
 * `new Set<string>()`, `new Map()`, `new Set([])`: an empty built-in collection cannot throw (nguyentrungnghia1802/
 * LINE_Smart_Queue_Assistant's expireDue makes one between its checkout and the try, to collect the organisations it
 * touches). Given anything else (`new Set(items)`) the constructor iterates it, and throws for what is not iterable.
 */
export function isEmptyCollection(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || !COLLECTIONS.has(callee.name)) return false;
  if (node.arguments.length === 0) return true;
  const only = node.arguments.length === 1 ? unwrapExpression(node.arguments[0]!) : null;
  return only?.type === AST_NODE_TYPES.ArrayExpression && only.elements.length === 0;
}

/**
 * What can be read off a valid Date without running code of the program's: its text and time value, and the
 * calendar fields, numbers for any valid Date (local time and UTC).
 */
const DATE_READS = new Set([
  "toISOString",
  "toJSON",
  "getTime",
  "valueOf",
  "getFullYear",
  "getMonth",
  "getDate",
  "getDay",
  "getHours",
  "getMinutes",
  "getSeconds",
  "getMilliseconds",
  "getUTCFullYear",
  "getUTCMonth",
  "getUTCDate",
  "getUTCDay",
  "getUTCHours",
  "getUTCMinutes",
  "getUTCSeconds",
  "getUTCMilliseconds",
  "getTimezoneOffset",
]);

/** `new Date().toISOString()`, `new Date().getMonth()`: a read of the current time, with no argument anywhere. */
export function isCurrentDateRead(call: TSESTree.CallExpression): boolean {
  const method = methodCall(call);
  if (!method || !DATE_READS.has(method.name) || call.arguments.length !== 0 || call.optional) return false;
  const receiver = unwrapExpression(method.object);
  if (receiver.type !== AST_NODE_TYPES.NewExpression || receiver.arguments.length !== 0) return false;
  const callee = unwrapExpression(receiver.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === "Date";
}

/** `"a".repeat(64)`, `"-".repeat(40)`: a count that is a non-negative number literal. */
export function isLiteralRepeat(call: TSESTree.CallExpression): boolean {
  if (methodCall(call)?.name !== "repeat" || call.arguments.length !== 1) return false;
  const count = unwrapExpression(call.arguments[0]!);
  return count.type === AST_NODE_TYPES.Literal && typeof count.value === "number" && Number.isFinite(count.value) && count.value >= 0;
}

/**
 * A value JSON.stringify turns into text without running anything of the program's: a string, finite number,
 * boolean or null literal, `undefined`, a template literal with no expressions, or an object or array literal built
 * of these (plain keys, no spread, no method or getter — a `toJSON` or a getter would run). A value held in a
 * variable stays unknown: a BigInt or a cycle makes JSON.stringify throw.
 */
export function isLiteralJsonValue(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      // A BigInt literal (whose value may also read null where BigInt is missing) makes JSON.stringify throw.
      if ("bigint" in value || "regex" in value) return false;
      return value.value === null || typeof value.value === "boolean" || isPlainLiteral(value);
    case AST_NODE_TYPES.Identifier:
      return value.name === "undefined";
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.TemplateLiteral:
      return isPlainLiteral(value);
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isLiteralJsonValue(element));
    case AST_NODE_TYPES.ObjectExpression:
      return value.properties.every(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          property.kind === "init" &&
          !property.method &&
          !property.computed &&
          !(property.key.type === AST_NODE_TYPES.Identifier && property.key.name === "toJSON") &&
          isLiteralJsonValue(property.value),
      );
    default:
      return false;
  }
}

/**
 * `JSON.stringify({ error: "Not found" })`: a value built from literals, with no replacer (or `null`) and a literal
 * indent, becomes text and cannot throw. Seen in spoonpaw/simple-message-board's routes, which release and then
 * `return new Response(JSON.stringify({ … }), { status: 404 })` inside a try whose catch releases too.
 */
export function isLiteralStringify(call: TSESTree.CallExpression): boolean {
  const args = stringifyArguments(call);
  if (!args) return false;
  const [value, replacer, indent, ...rest] = args;
  if (value === undefined || rest.length > 0 || !isLiteralJsonValue(value)) return false;
  return (replacer === undefined || isNullLiteral(replacer)) && (indent === undefined || isPlainLiteral(indent));
}

/** The arguments of `JSON.stringify(…)` (not `JSON?.stringify`, not `JSON.stringify?.()`); null for any other call. */
export function stringifyArguments(call: TSESTree.CallExpression): TSESTree.CallExpressionArgument[] | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || call.optional) return null;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "JSON" || memberPropertyName(callee) !== "stringify") return null;
  return call.arguments;
}

function isNullLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.Literal && value.value === null;
}
