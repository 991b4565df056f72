// pg before 7 kept a default pool inside the module: `pg.connect(url, (err, client, done) => …)` checked a client out
// of it. pg 7 removed that API, so a call of `connect` on the pg module itself is legacy code using that hidden pool.
// Only the callback form is followed: it is the form pg 6 documented, and the withClient rewrite does not apply to a
// module (the module is no Pool instance to hand over).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { namesParameter } from "../find-variable.js";
import { isFunctionNode } from "../node-shapes.js";
import { bindingOfExpression } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `receiver` is the `pg` module (required or imported, aliases followed), whose `connect` used its default pool. */
export function isLegacyModulePool(receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  return bindingOfExpression(receiver, sourceCode) === "module";
}

/**
 * `module.exports = function (pg, store) { … pg.connect(function (err, client, done) { … }) }`: a parameter under the
 * pg module's conventional name whose `connect` calls back with pg's three arguments — the module, or the project's
 * persistence module wrapping its `pg.connect` (Chaotikum/icebox-service's controllers), handed in by the caller.
 * Read as pg's module-level pool without a release in sight, which is what a leak of that era looks like. Only the
 * name `pg` and only a parameter: a local `pg` is read through its binding, and any other receiver needs the evidence
 * of a release (acquisition.ts).
 */
export function isHandedInPgModule(receiver: TSESTree.Node, callback: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== "pg") return false;
  if (!isFunctionNode(callback) || callback.params.length !== 3) return false;
  return namesParameter(sourceCode, receiver);
}
