// The caller's side of pools/carried-checkouts.ts: `const { storage, connection } = await getTenantsQueryAdapter(…)`
// takes out of the object a local module's helper returns the key under which that object carries its checkout
// (Axbon/radler's tenant storage hook): the name bound to that key holds a client this caller must release, as
// `const client = await getClient()` does (imported-checkouts.ts). Reading a module costs, so the pattern is asked
// about only when one of its plain keys says it may be a client (`connection`, `client`, `dbClient`) or its binding is
// used as one; the module's summary decides. The object kept whole (`const session = await getSession()`) is read as a
// wrapper of the client, released through itself (`session.client.release()`), when the code only calls methods on
// the carried key (`session.client.query(…)`); a carried client stored or passed on by its member stays unknown.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import type { ExportedFunction } from "../pools/exported-functions.js";
import type { Acquisition } from "./acquisition.js";
import { declaredVariable } from "./awaited-target.js";
import { usedAsClient } from "./client-use.js";
import { isExportedModuleBinding } from "./exported-clients.js";
import { awaitedHelperCheckout } from "./helper-checkouts.js";
import type { awaitedTarget } from "./awaited-target.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A key that may name a client: asked about before the module is read. */
const CLIENT_KEY = /conn|client/i;

/**
 * The checkout `call` makes when its awaited value is destructured by a `const`/`let` object pattern whose key is the
 * one the callee's summary (`summary()`, read only when needed) carries its checkout under; else null.
 */
export function carriedCheckout(
  call: TSESTree.CallExpression,
  awaited: TSESTree.AwaitExpression,
  sourceCode: SourceCode,
  summary: () => ExportedFunction | null,
): Acquisition | null {
  const declarator = parentSkippingWrappers(awaited);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let") return null;
  const candidates = new Map<string, TSESLint.Scope.Variable>();
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value.type !== AST_NODE_TYPES.Identifier) continue;
    const key = staticKeyName(property.key);
    const variable = declaredVariable(sourceCode, declaration, property.value);
    if (key === null || !variable || isExportedModuleBinding(variable)) continue;
    if (CLIENT_KEY.test(key) || usedAsClient(variable, sourceCode)) candidates.set(key, variable);
  }
  if (candidates.size === 0) return null;
  const carries = summary()?.carries;
  const client = carries ? candidates.get(carries) : undefined;
  if (!client) return null;
  return awaitedHelperCheckout(call, call.callee, { target: "variable", client, binding: declarator });
}

/**
 * `const session = await getSession()` kept whole, its client reached as `session.<key>` (`session.client.query(…)`,
 * `session.client.release()`): the object is a wrapper of the checkout, released through itself, as `new
 * Session(await pool.connect())` is (awaited-target.ts), when the callee's summary carries it under that key; else null.
 */
export function carriedMemberCheckout(
  call: TSESTree.CallExpression,
  where: ReturnType<typeof awaitedTarget>,
  summary: () => ExportedFunction | null,
): Acquisition | null {
  const holder = where.client;
  if (!holder || where.wrapped || where.alternative || where.heldWhen || where.arms) return null;
  const keys = new Set<string>();
  for (const reference of holder.references) {
    const member = parentSkippingWrappers(reference.identifier);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) continue;
    const key = memberPropertyName(member);
    if (key !== null && CLIENT_KEY.test(key)) keys.add(key);
  }
  if (keys.size === 0) return null;
  const carries = summary()?.carries;
  if (!carries || !keys.has(carries)) return null;
  // Only methods called on the carried client (`session.client.query(…)`): a wrapper's path is followed through the
  // wrapper, and `req.db = session.client` or `list.push(session.client)` would hand the client on unseen.
  const onlyCalled = holder.references.every((reference) => {
    const member = parentSkippingWrappers(reference.identifier);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) return true;
    if (memberPropertyName(member) !== carries) return true;
    const method = parentSkippingWrappers(member);
    const call = method?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(method.object) === member ? parentSkippingWrappers(method) : undefined;
    return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === method;
  });
  return onlyCalled ? awaitedHelperCheckout(call, call.callee, { ...where, wrapped: true }) : null;
}
