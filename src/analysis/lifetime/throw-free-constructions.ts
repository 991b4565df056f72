// `new Wrapper(client)` of a class with no base class whose constructor and instance field initialisers have no
// throw point of their own (`constructor(pg) { this.pg = pg; }`: throw-free-classes.ts): building it cannot throw, so
// it is no throw point while a client is held. The class is declared in the same file (corpus: szilu/koa-pg's
// `ctx.db = new DB(pg)` before the try) or exported by a local module (ForbesLindesay/atdatabases's `new
// Connection(client, this._handlers)` before the try, ./Connection keeping its two arguments in fields; read once
// per version of the file, throw-free-helpers.ts). A base class (its constructor runs too), a class binding that is
// reassigned, or anything not read with certainty keeps `new` a throw point, as the model (throw-points.ts) has it. A
// submittable built into a `const` that pg is handed (`const cursor = new db.Cursor(sql); client.query(cursor)`) is
// no throw point either (held-submittables.ts), nor is a Response built from literals (`new
// Response(JSON.stringify({ … }), { status: 404 })`: literal-responses.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { unwrapExpression } from "../node-shapes.js";
import { classBuildsThrowFree } from "./throw-free-classes.js";
import { importedClassBuildsThrowFree } from "./throw-free-helpers.js";
import { isHeldSubmission } from "./held-submittables.js";
import { isLiteralResponse } from "./literal-responses.js";
import type { ModuleParser } from "../pools/module-pools.js";
import { isWrittenAgain } from "../variable-references.js";

export function isThrowFreeConstruction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.NewExpression,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  return isHeldSubmission(sourceCode, node, filename, parser) || isThrowFreeClass(sourceCode, node, filename, parser) || isLiteralResponse(sourceCode, node);
}

function isThrowFreeClass(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.NewExpression,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  const local = localClassBuildsThrowFree(sourceCode, node);
  if (local !== null) return local;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier && importedClassBuildsThrowFree(sourceCode, callee, filename, parser);
}

/**
 * `new Name(…)` of a class declared in this file (once, never reassigned): whether building it cannot throw; null when
 * the callee is no such class (an import, a member, a binding declared twice or written again: false for the last two).
 */
export function localClassBuildsThrowFree(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression): boolean | null {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  if (!variable || variable.defs.length !== 1) return false;
  if (isWrittenAgain(variable)) return false;
  const definition = variable.defs[0]!;
  return definition.type === "ClassName" && definition.node.type === AST_NODE_TYPES.ClassDeclaration ? classBuildsThrowFree(definition.node) : null;
}
