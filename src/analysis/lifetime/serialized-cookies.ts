// A header value the `cookie` package's serialize wrote: `const serialized = cookie.serialize("token", token, {
// httpOnly: true, maxAge: 3600, path: "/" })`, then `new Response(body, { headers: { "Set-Cookie": serialized } })`
// (spoonpaw/simple-message-board). The Fetch standard's Headers reject a value with NUL, CR, LF or a character above
// U+00FF; what serialize returns has none, in every version, when the cookie's name is a literal token, its value is
// encoded by the default encoder (encodeURIComponent writes ASCII; a custom `encode` may write anything, and cookie
// 0.1–0.2 checked nothing it returned) and every option is a literal: a string option (`path`, `domain`, `sameSite`)
// passes the header-value test itself, and numbers and booleans are written as ASCII (`Max-Age=3600`, `HttpOnly`).
// The value must be a `const` bound once to that call, and `cookie` (or `serialize`) bound by an import or require of
// the package: anything else stays a throw point.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { FIELD_VALUE, TOKEN } from "./http-syntax.js";
import { packageBinding } from "./package-bindings.js";

/** `serialized`, a `const` holding what `cookie.serialize(…)` wrote from a literal name and literal options. */
export function isSerializedCookie(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.parent.kind !== "const") return false;
  const init = definition.node.init ? unwrapExpression(definition.node.init) : null;
  return init?.type === AST_NODE_TYPES.CallExpression && isCookieSerialize(sourceCode, init) && hasLiteralNameAndOptions(init);
}

/** `cookie.serialize(…)` on the package bound whole, or `serialize(…)` bound from it by name. */
function isCookieSerialize(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  if (call.optional) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = packageBinding(sourceCode, callee);
    return binding?.source === "cookie" && binding.name === "serialize";
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || memberPropertyName(callee) !== "serialize") return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = packageBinding(sourceCode, object);
  return binding?.source === "cookie" && binding.name === null;
}

function hasLiteralNameAndOptions(call: TSESTree.CallExpression): boolean {
  const [name, value, options, ...rest] = call.arguments;
  if (rest.length > 0 || value === undefined || value.type === AST_NODE_TYPES.SpreadElement) return false;
  const cookieName = name ? unwrapExpression(name) : null;
  if (cookieName?.type !== AST_NODE_TYPES.Literal || typeof cookieName.value !== "string" || !TOKEN.test(cookieName.value)) return false;
  if (options === undefined) return true;
  const object = unwrapExpression(options);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== "init" || property.method || property.computed) return false;
    if (property.key.type !== AST_NODE_TYPES.Identifier || property.key.name === "encode") return false;
    const option = unwrapExpression(property.value);
    if (option.type !== AST_NODE_TYPES.Literal) return false;
    if (typeof option.value === "string") return FIELD_VALUE.test(option.value);
    return typeof option.value === "boolean" || (typeof option.value === "number" && Number.isFinite(option.value));
  });
}
