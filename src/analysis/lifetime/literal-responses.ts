// A web Response built from literals alone cannot throw: `new Response(JSON.stringify({ error: "…" }), { status: 404,
// headers: { "Content-Type": "application/json" } })`, `Response.json({ ok: true })`, SvelteKit's `json({ … }, {
// status: 400 })`, Next.js's `NextResponse.json({ … }, { status: 500 })`. Route handlers release and then return one
// inside a try whose catch releases too (spoonpaw/simple-message-board); counting the Response as a throw point made
// the catch's release look like a second one. What makes the Fetch standard's constructor throw is checked, not
// assumed away: a status outside 200–599 (RangeError), a body given with a null-body status (204, 205, 304), a
// reason phrase or header name or value with characters HTTP does not allow. So only literals are trusted there — a
// status or a header value held in a variable stays a throw point, but for a cookie the `cookie` package wrote
// (serialized-cookies.ts) — and `Response` must be the global (nothing in the file declares it), `json` and
// `NextResponse` the ones imported or required from their package.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { isLiteralJsonValue, isLiteralStringify } from "./literal-values.js";
import { isQueryRowsStringify } from "./query-rows-stringify.js";
import { packageBinding } from "./package-bindings.js";
import { FIELD_VALUE, TOKEN } from "./http-syntax.js";
import { isSerializedCookie } from "./serialized-cookies.js";

const NULL_BODY_STATUSES = new Set([204, 205, 304]);
/** A reason phrase (`statusText`): tabs, spaces and visible characters, Latin-1 ones included (RFC 9112). */
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** `json(data, init)` functions bound to a package: the package, and the name the function has there. */
const JSON_FUNCTIONS: ReadonlyMap<string, string> = new Map([["@sveltejs/kit", "json"]]);
/** Classes whose static `json(data, init)` builds a Response: the package, and the class's name there. */
const RESPONSE_CLASSES: ReadonlyMap<string, string> = new Map([["next/server", "NextResponse"]]);

/** A string literal, or a template literal with no expressions: its text, else null. */
function literalText(node: TSESTree.Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === "string") return value.value;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return value.quasis[0]!.value.cooked ?? null;
  return null;
}

/** A plain `key: value` property (no spread, method, accessor or computed key): its key's name, else null. */
function plainKey(property: TSESTree.ObjectLiteralElement): string | null {
  if (property.type !== AST_NODE_TYPES.Property || property.kind !== "init" || property.method || property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === "string" ? property.key.value : null;
}

/** Header names that are tokens, each value a literal HTTP accepts or a cookie serialize wrote (serialized-cookies.ts). */
function isLiteralHeaders(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const headers = unwrapExpression(node);
  if (headers.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return headers.properties.every((property) => {
    const name = plainKey(property);
    if (name === null || !TOKEN.test(name)) return false;
    const value = (property as TSESTree.Property).value;
    const text = literalText(value);
    return text !== null ? FIELD_VALUE.test(text) : isSerializedCookie(sourceCode, value);
  });
}

/** `{ status: 404, headers: { … } }`, given for a response with a body or without: options that cannot throw. */
function isLiteralInit(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined, hasBody: boolean): boolean {
  if (node === undefined) return true;
  const init = unwrapExpression(node);
  if (init.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return init.properties.every((property) => {
    const key = plainKey(property);
    if (key === null) return false;
    const value = unwrapExpression((property as TSESTree.Property).value);
    if (key === "status") {
      if (value.type !== AST_NODE_TYPES.Literal || typeof value.value !== "number" || !Number.isInteger(value.value)) return false;
      return value.value >= 200 && value.value <= 599 && !(hasBody && NULL_BODY_STATUSES.has(value.value));
    }
    if (key === "statusText") {
      const text = literalText(value);
      return text !== null && REASON_PHRASE.test(text);
    }
    return key === "headers" && isLiteralHeaders(sourceCode, value);
  });
}

/**
 * A body that makes no text of the program's run: none, `null`, a string literal, or JSON.stringify of literals or of
 * a query's rows (query-rows-stringify.ts).
 */
function bodyOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined): "none" | "text" | null {
  if (node === undefined) return "none";
  const body = unwrapExpression(node);
  if ((body.type === AST_NODE_TYPES.Literal && body.value === null) || (body.type === AST_NODE_TYPES.Identifier && body.name === "undefined")) {
    return "none";
  }
  if (literalText(body) !== null) return "text";
  return body.type === AST_NODE_TYPES.CallExpression && (isLiteralStringify(body) || isQueryRowsStringify(sourceCode, body)) ? "text" : null;
}

/** `Response` as the global: no declaration or import of it in the file. */
function isGlobalResponse(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const name = unwrapExpression(node);
  if (name.type !== AST_NODE_TYPES.Identifier || name.name !== "Response") return false;
  const variable = findVariable(sourceCode.getScope(name), name);
  return variable === null || variable.defs.length === 0;
}

/** `new Response(JSON.stringify({ … }), { status: 404 })` with the global Response. */
export function isLiteralResponse(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression): boolean {
  const [body, init, ...rest] = node.arguments;
  if (rest.length > 0 || !isGlobalResponse(sourceCode, node.callee)) return false;
  const kind = bodyOf(sourceCode, body);
  return kind !== null && isLiteralInit(sourceCode, init, kind === "text");
}

/**
 * `Response.json({ … })` with the global Response, SvelteKit's `json({ … }, { status })`, Next.js's
 * `NextResponse.json({ … }, { status })`: data built from literals and literal options. The names are looked at
 * before any scope lookup.
 */
export function isLiteralResponseCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const [data, init, ...rest] = call.arguments;
  if (data === undefined || rest.length > 0 || call.optional) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name !== "json") return false;
    const binding = packageBinding(sourceCode, callee);
    if (binding === null || binding.name === null || JSON_FUNCTIONS.get(binding.source) !== binding.name) return false;
  } else {
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || memberPropertyName(callee) !== "json") return false;
    const object = unwrapExpression(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    if (object.name !== "Response") {
      const binding = packageBinding(sourceCode, object);
      if (binding === null || binding.name === null || RESPONSE_CLASSES.get(binding.source) !== binding.name) return false;
    } else if (!isGlobalResponse(sourceCode, object)) {
      return false;
    }
  }
  // JSON.stringify(undefined) gives no text, which Response.json rejects.
  const value = unwrapExpression(data);
  if (value.type === AST_NODE_TYPES.Identifier) return false;
  return isLiteralJsonValue(value) && isLiteralInit(sourceCode, init, true);
}
