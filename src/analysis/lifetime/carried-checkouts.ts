// The caller's side of pools/carried-checkouts.ts: `const { storage, connection } = await getTenantsQueryAdapter(…)`
// takes out of the object a local module's helper returns the key under which that object carries its checkout
// (Axbon/radler's tenant storage hook): the name bound to that key holds a client this caller must release, as
// `const client = await getClient()` does (imported-checkouts.ts). Reading a module costs, so the pattern is asked
// about only when one of its plain keys says it may be a client (`connection`, `client`, `dbClient`) or its binding is
// used as one; the module's summary decides.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, staticKeyName } from "../node-shapes.js";
import type { ExportedFunction } from "../pools/exported-functions.js";
import type { Acquisition } from "./acquisition.js";
import { declaredVariable } from "./awaited-target.js";
import { usedAsClient } from "./client-use.js";
import { isExportedModuleBinding } from "./exported-clients.js";
import { awaitedHelperCheckout } from "./helper-checkouts.js";

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
