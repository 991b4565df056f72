// `return load(id);` in held code, un-awaited, where `load` is an async function of the file: the original's
// `finally` gave the client back as `load` started, and `load` ran on without it; the callback, whose returned
// promise withClient awaits, holds the client until `load` ends. When `load` uses the pool itself (a query through
// the module's `query` helper, its own checkout), that is a second client of the same pool, taken while the first
// is held: with every client held so, nothing moves. Whether it does is in another function, often through another
// module's helper (Khomurod/bot-backend's deactivateMusicAsset returns getMusicAssetById(id), which queries through
// `query` of './db', after its COMMIT; read in rewrite-u's sample), so any async function of the file is refused —
// an async method of the class too, called through `this` from another of its methods (`return this.load(id)`).
// moved-code-scan.ts refuses `return pool.query(…)` written out; this is the same hold, one call away.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { enclosingClassBody, isFunctionNode, unwrapExpression } from "../node-shapes.js";
import type { MovedCodeScan } from "./moved-code-scan.js";

/** Why a call returned un-awaited keeps the callback holding the client longer than the original did, or null. */
export function returnedAsyncCallReason(source: Readonly<TSESLint.SourceCode>, scan: MovedCodeScan): string | null {
  for (const call of scan.returnedCalls) {
    const name = asyncCalleeName(source, unwrapExpression(call.callee));
    if (name !== null) {
      return `\`${name}(…)\`, an async function, is returned without \`await\`: the original gave the client back as it started, the callback would hold the client until it ends (its pool work a second checkout)`;
    }
  }
  return null;
}

/**
 * `load` for an async function of the file, `this.load` for an async method (or async arrow field) of the class; through
 * TS wrappers and parentheses (`this.load!(id)`).
 */
function asyncCalleeName(source: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(source, callee);
    return variable && declaredFunction(variable)?.async ? callee.name : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression || callee.computed) return null;
  const name = callee.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${callee.property.name}` : callee.property.name;
  const member = enclosingClassBody(callee)?.body.find(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) &&
      !element.static &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : null) === name,
  );
  const value = member?.type === AST_NODE_TYPES.MethodDefinition || member?.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
  return value && isFunctionNode(value) && value.async ? `this.${name}` : null;
}
