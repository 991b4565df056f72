// `path.resolve(__dirname, "../modules/auth")`, `path.join(__dirname, "migrations")`: node:path's join and resolve
// throw only when given something that is not a string, so a path built from string literals and the module's own
// directory or file name cannot throw (kkumarcodes/Shopmost's installer lists its modules' directories that way
// between the checkout and its transaction's try). `__dirname` and `__filename` count only as Node's CommonJS globals
// (no declaration of that name in scope); in an ES module, where they are not defined, reading them fails on every
// run, not on a path a working program takes. `resolve` also reads `process.cwd()`, which throws only when the
// working directory was deleted. Bound by an import or a require of `path`/`node:path` (the module, or the function
// under its own name); any other argument — a variable, a call, a template with expressions — stays a throw point.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { packageBinding } from "./package-bindings.js";

const PATH_MODULES = new Set(["path", "node:path"]);
const BUILDERS = new Set(["join", "resolve"]);
const MODULE_LOCATIONS = new Set(["__dirname", "__filename"]);

/** `path.join(…)` / `resolve(…)` of node:path whose every argument is a string literal or the module's location. */
export function isLiteralPathCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  if (call.optional) return false;
  const callee = unwrapExpression(call.callee);
  let bound: TSESTree.Identifier;
  let name: string | null;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    bound = callee;
    name = callee.name;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    const object = unwrapExpression(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    bound = object;
    name = memberPropertyName(callee);
  } else {
    return false;
  }
  if (name === null || !BUILDERS.has(name) || !call.arguments.every((argument) => isLiteralPart(sourceCode, argument))) return false;
  const binding = packageBinding(sourceCode, bound);
  if (binding === null || !PATH_MODULES.has(binding.source)) return false;
  return bound === callee ? binding.name === name : binding.name === null;
}

function isLiteralPart(sourceCode: Readonly<TSESLint.SourceCode>, argument: TSESTree.CallExpressionArgument): boolean {
  if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
  const value = unwrapExpression(argument);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === "string";
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return value.expressions.length === 0;
  if (value.type !== AST_NODE_TYPES.Identifier || !MODULE_LOCATIONS.has(value.name)) return false;
  const variable = findVariable(sourceCode.getScope(value), value);
  return variable === null || variable.defs.length === 0;
}
