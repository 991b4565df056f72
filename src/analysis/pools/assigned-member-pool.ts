// `ctx.db = new Pool(…)` and, later in the same function, `ctx.db.connect()`: a property of a plain object (a Koa
// context, a request) that this function itself set to a pg pool. Nothing in the name says so, but the assignment
// does. Only an earlier assignment in the same function counts: another function's assignment may not have run.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isPoolConstruction } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `object.name`, with `object` a plain variable, assigned a pg pool earlier in the same function. */
export function assignedMemberPool(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): boolean {
  const object = unwrapExpression(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(object), object);
  if (!variable) return false;
  const owner = enclosingFunction(member);
  return variable.references.some((reference) => {
    const target = parentSkippingWrappers(reference.identifier);
    if (target?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(target) !== name) return false;
    const assignment = parentSkippingWrappers(target);
    return (
      assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
      assignment.operator === "=" &&
      unwrapExpression(assignment.left) === target &&
      assignment.range[1] <= member.range[0] &&
      enclosingFunction(assignment) === owner &&
      isPoolConstruction(assignment.right, sourceCode)
    );
  });
}
