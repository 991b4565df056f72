// `sql.replaceAll("\t", "")`, `text.replace(/"/g, "'")`: a string's replace is no throw point. Code between
// connect() and the `try` tidies a query or a log line this way (seen in Sgordon4/GalleryServer and
// Ryancodeshard/FYP); counting it as a call that may throw made false alarms. Like the read-only string methods of
// throw-points.ts, the receiver is taken to be a string. What can throw is excluded: a replacer function (it runs
// user code) and `replaceAll` with a regular expression literal lacking the `g` flag (a TypeError).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";

const REPLACE_METHODS = new Set(["replace", "replaceAll"]);

/** `x.replace(pattern, "text")` or `x.replaceAll(pattern, "text")` that cannot throw for a string `x`. */
export function isSafeStringReplace(call: TSESTree.CallExpression): boolean {
  const method = methodCall(call);
  if (!method || !REPLACE_METHODS.has(method.name) || call.arguments.length !== 2) return false;
  const [pattern, replacement] = call.arguments.map((argument) => unwrapExpression(argument));
  if (!pattern || !replacement || !isPlainText(replacement)) return false;
  if (pattern.type === AST_NODE_TYPES.Literal && "regex" in pattern) {
    return method.name === "replace" || pattern.regex.flags.includes("g");
  }
  return isPlainText(pattern);
}

/** Text, not a function: a string literal, or a template literal whose expressions are plain names or literals. */
function isPlainText(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string";
  if (node.type !== AST_NODE_TYPES.TemplateLiteral) return false;
  return node.expressions.every((expression) => expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.Literal);
}
