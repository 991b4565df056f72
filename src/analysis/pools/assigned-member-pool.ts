// `ctx.db = new Pool(…)` and, later in the same function, `ctx.db.connect()`: a property of a plain object (a Koa
// context, a request) that this function itself set to a pg pool. Nothing in the name says so, but the assignment
// does. Only an earlier assignment in the same function counts: another function's assignment may not have run.
// The same holds for `this.db = new Pool(…)` in a method (a plugin's `init()`) and `this.db.connect()` after it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isPoolConstruction } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `object.name`, with `object` a plain variable or `this`, assigned a pg pool earlier in the same function. */
export function assignedMemberPool(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): boolean {
  const object = unwrapExpression(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) return thisMemberAssignedPool(member, name, sourceCode);
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

/**
 * `this.name = new Pool(…)` before `member` in the same function. An arrow function nested in it shares its `this`
 * but may not have run, so only the function's own statements are searched, as for a plain object's property.
 */
function thisMemberAssignedPool(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): boolean {
  const owner = enclosingFunction(member);
  if (!owner || owner.type === AST_NODE_TYPES.ArrowFunctionExpression || !owner.body) return false;
  let found = false;
  walk(owner.body, sourceCode.visitorKeys, (node) => {
    if (found || node.range[0] >= member.range[0]) return false;
    if (isFunction(node)) return false;
    if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== "=") return;
    const left = unwrapExpression(node.left);
    if (
      left.type === AST_NODE_TYPES.MemberExpression &&
      unwrapExpression(left.object).type === AST_NODE_TYPES.ThisExpression &&
      memberPropertyName(left) === name &&
      node.range[1] <= member.range[0] &&
      isPoolConstruction(node.right, sourceCode)
    ) {
      found = true;
    }
  });
  return found;
}
