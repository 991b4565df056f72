// `new Wrapper(client)` of a class declared in the same file, with no base class, whose constructor and instance
// field initialisers have no throw point of their own (`constructor(pg) { this.pg = pg; }`): building it cannot
// throw, so it is no throw point while a client is held (corpus: szilu/koa-pg's `ctx.db = new DB(pg)` before the
// try). A base class (its constructor runs too), a class binding that is reassigned, or anything not read with
// certainty keeps `new` a throw point, as the model (throw-points.ts) has it. A submittable built into a `const` that
// pg is handed (`const cursor = new db.Cursor(sql); client.query(cursor)`) is no throw point either (held-submittables.ts), nor is
// a Response built from literals (`new Response(JSON.stringify({ … }), { status: 404 })`: literal-responses.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { unwrapExpression } from "../node-shapes.js";
import { functionHasThrowPoint } from "./throw-points.js";
import { isHeldSubmission } from "./held-submittables.js";
import { isLiteralResponse } from "./literal-responses.js";
import type { ModuleParser } from "../pools/module-pools.js";

/**
 * An instance field's initialiser runs when the instance is built: only a literal, a name or a function value (made,
 * not run) is taken as unable to throw; anything else counts as able to, to stay on the safe side.
 */
function fieldHasThrowPoint(field: TSESTree.PropertyDefinition): boolean {
  const value = field.value;
  if (!value) return false;
  const unwrapped = unwrapExpression(value);
  if (unwrapped.type === AST_NODE_TYPES.ArrowFunctionExpression || unwrapped.type === AST_NODE_TYPES.FunctionExpression) return false;
  if (unwrapped.type === AST_NODE_TYPES.Literal || unwrapped.type === AST_NODE_TYPES.Identifier) return false;
  return true;
}

export function isThrowFreeConstruction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.NewExpression,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  return isHeldSubmission(sourceCode, node, filename, parser) || isThrowFreeClass(sourceCode, node) || isLiteralResponse(sourceCode, node);
}

function isThrowFreeClass(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  if (!variable || variable.defs.length !== 1) return false;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
  const definition = variable.defs[0]!;
  if (definition.type !== "ClassName" || definition.node.type !== AST_NODE_TYPES.ClassDeclaration) return false;
  const declaration = definition.node;
  if (declaration.superClass || (declaration.decorators?.length ?? 0) > 0) return false;
  return declaration.body.body.every((element) => {
    if (element.type === AST_NODE_TYPES.PropertyDefinition) return element.static || !fieldHasThrowPoint(element);
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
      return (element.decorators?.length ?? 0) === 0 && !functionHasThrowPoint(element.value);
    }
    return element.type !== AST_NODE_TYPES.StaticBlock && element.type !== AST_NODE_TYPES.AccessorProperty;
  });
}
