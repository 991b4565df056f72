// `this.pg` inside a class that keeps its own `pg` (a field, a parameter property, or `this.pg = …` in the
// constructor) is that class's member — often the client a wrapper holds (`class DB { constructor(pg) { this.pg =
// pg } begin() { return this.pg.query("BEGIN") } }`, met in szilu/koa-pg) — not the `@fastify/postgres` decorator
// that `this.pg` is inside a Fastify route handler (where `this` is the Fastify instance, not a class of the file).
// A member the constructor takes from a decorator (`this.pg = fastify.pg`) stays the decorator.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { enclosingClassBody, memberPropertyName, staticKeyName, unwrapExpression } from "../node-shapes.js";

/** `x.pg` (any receiver): the value assigned is the decorator itself. */
function isDecoratorRead(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(value) === "pg";
}

/** The enclosing class declares `name` itself and does not take it from a `….pg` decorator. */
export function classOwnsMember(member: TSESTree.MemberExpression, name: string): boolean {
  if (member.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const body = enclosingClassBody(member);
  if (!body) return false;
  let owned = false;
  for (const element of body.body) {
    if (
      (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
      !element.computed &&
      staticKeyName(element.key) === name
    ) {
      if (element.value && isDecoratorRead(element.value)) return false;
      owned = true;
    }
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "constructor") continue;
    for (const parameter of element.value.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
      if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) owned = true;
    }
    for (const statement of element.value.body?.body ?? []) {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const expression = statement.expression;
      if (expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
      const left = unwrapExpression(expression.left);
      if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression) continue;
      if (memberPropertyName(left) !== name) continue;
      if (isDecoratorRead(expression.right)) return false;
      owned = true;
    }
  }
  return owned;
}

/** `this.pg` (or `this.pg.<name>`) where the enclosing class keeps its own `pg`: not the decorator. */
export function ownedDecoratorName(member: TSESTree.MemberExpression, name: string): boolean {
  if (name === "pg") return classOwnsMember(member, name);
  const object = unwrapExpression(member.object);
  return object.type === AST_NODE_TYPES.MemberExpression && classOwnsMember(object, "pg");
}
