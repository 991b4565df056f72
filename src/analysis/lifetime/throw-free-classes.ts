// Whether building an instance of a class declaration runs nothing that can throw: no base class (its constructor
// would run too), no decorators, instance field initialisers that only name a value, and a constructor whose body has
// no throw point of the model's (throw-points.ts). Shared by the same-file reading (throw-free-constructions.ts) and
// the summary of a local module's exported classes (throw-free-helpers.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { unwrapExpression } from "../node-shapes.js";
import { functionHasThrowPoint } from "./throw-points.js";

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

export function classBuildsThrowFree(declaration: TSESTree.ClassDeclaration): boolean {
  if (declaration.superClass || (declaration.decorators?.length ?? 0) > 0) return false;
  return declaration.body.body.every((element) => {
    if (element.type === AST_NODE_TYPES.PropertyDefinition) return element.static || !fieldHasThrowPoint(element);
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
      return (element.decorators?.length ?? 0) === 0 && !functionHasThrowPoint(element.value);
    }
    return element.type !== AST_NODE_TYPES.StaticBlock && element.type !== AST_NODE_TYPES.AccessorProperty;
  });
}
