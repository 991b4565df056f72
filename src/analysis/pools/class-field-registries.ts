// A registry of pools kept on a class field: `private pools = new Map<string, Pool>()` read as
// `this.pools.get(tenantId).connect()`, or `#replicas = [new Pool(…), new Pool(…)]` read as `this.#replicas[i]`. Only
// the class's own code can reach such a field — a TypeScript `private` member (not static, not a constructor's
// parameter property, whose value the caller gives) or an ECMAScript `#private` one — so the class body shows every
// write. This file finds them: the values that make the field a container (its initialiser, and `this.pools = …`
// anywhere in the class) and every other access of a member of that name in the class body — `this.pools`, another
// instance's `other.pools`, `this["pools"]` — for pool-registries.ts to read like a variable's references. A public,
// protected or static field, and a destructured one (`const { pools } = this`), leave the field unread. TypeScript's
// `private` binds only the type checker (review-30a): its accesses are read in the whole file (`tenants["pools"]`), and a
// class reaching `this[key]` by a computed key or handing `this` to `Object.assign` leaves it unread; a `#private` field has no such road.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { enclosingClassBody, encloses, memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";

export interface ClassFieldRegistry {
  /** The values that make the field a container: its initialiser and each `this.<field> = …`. */
  readonly containers: readonly TSESTree.Expression[];
  /** Every other access of a member of that name in the class body (`this.pools`, `other.pools`, `this["pools"]`). */
  readonly accesses: readonly TSESTree.MemberExpression[];
}

/** The declaration of the private field that `this.pools` / `this.#pools` names in the enclosing class; null otherwise. */
export function privateClassField(expression: TSESTree.Node): TSESTree.PropertyDefinition | null {
  const member = unwrapExpression(expression);
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.object.type !== AST_NODE_TYPES.ThisExpression) return null;
  const name = staticKeyName(member.property);
  const body = enclosingClassBody(member);
  if (name === null || !body) return null;
  return privateField(body, name, member.property.type === AST_NODE_TYPES.PrivateIdentifier);
}

/** What the class body does with the field: null when a member of its name is destructured or written by `??=`, `+=`…, or nothing makes it a container. */
export function classFieldRegistry(field: TSESTree.PropertyDefinition, sourceCode: Readonly<TSESLint.SourceCode>): ClassFieldRegistry | null {
  const body = field.parent as TSESTree.ClassBody;
  const privateName = field.key.type === AST_NODE_TYPES.PrivateIdentifier;
  const name = staticKeyName(field.key);
  const containers: TSESTree.Expression[] = field.value ? [field.value] : [];
  const accesses: TSESTree.MemberExpression[] = [];
  let readable = true;
  // A `#name` is reachable in the class body only; TypeScript's `private` is a check of types, which `other["pools"]`
  // and `(other as any).pools` pass: the whole file is read for it, and in the class, a write the name may not show.
  walk(privateName ? body : sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (!readable) return false;
    if (node.type === AST_NODE_TYPES.Property && node.parent?.type === AST_NODE_TYPES.ObjectPattern && staticKeyName(node.key) === name) readable = false;
    if (!privateName && writesThisUnnamed(node) && encloses(body, node)) readable = false;
    if (node.type !== AST_NODE_TYPES.MemberExpression || (node.property.type === AST_NODE_TYPES.PrivateIdentifier) !== privateName) return;
    if (accessedName(node) !== name) return;
    // Every access of that name in the class body counts, whatever its object (another instance's field, `this` of a
    // nested function, `this["pools"]`): each must read or put pools like this instance's own.
    const holder = parentSkippingWrappers(node);
    if (holder?.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(holder.left) === node) {
      if (holder.operator === "=") containers.push(holder.right);
      else readable = false;
      return;
    }
    accesses.push(node);
  });
  return readable && containers.length > 0 ? { containers, accesses } : null;
}

/** The name a member access names — `.pools`, `.#pools`, `["pools"]`, `` [`pools`] `` —, or null when its key is a value. */
function accessedName(member: TSESTree.MemberExpression): string | null {
  const key = member.property;
  if (member.computed && key.type === AST_NODE_TYPES.TemplateLiteral) return key.expressions.length === 0 ? (key.quasis[0]?.value.cooked ?? null) : null;
  return memberPropertyName(member);
}

/** Object methods that write the members of their first argument (`Object.assign(this, options)`). */
const MEMBER_WRITERS: Readonly<Record<string, ReadonlySet<string>>> = {
  Object: new Set(["assign", "defineProperty", "defineProperties"]),
  Reflect: new Set(["set", "defineProperty"]),
};

/**
 * `this[key]` with a key that is a value, read or written (`this[key] = value` may be `this.pools = …`), or `this` given
 * to a function that writes its members (`Object.assign(this, options)`): a TypeScript `private` field may be written without its name.
 */
function writesThisUnnamed(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    return node.computed && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression && accessedName(node) === null;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const name = accessedName(callee);
  const first = node.arguments[0];
  return name !== null && MEMBER_WRITERS[callee.object.name]?.has(name) === true && first !== undefined && unwrapExpression(first).type === AST_NODE_TYPES.ThisExpression;
}

/**
 * The class's one instance field `name`, when only the class can reach it: `#name`, or `private name` (not static; no
 * accessor or method of that name). A constructor's parameter property is no field declaration: its value is the caller's.
 */
function privateField(body: TSESTree.ClassBody, name: string, privateName: boolean): TSESTree.PropertyDefinition | null {
  let field: TSESTree.PropertyDefinition | null = null;
  for (const element of body.body) {
    if (!("key" in element) || element.computed || staticKeyName(element.key) !== name) continue;
    if ((element.key.type === AST_NODE_TYPES.PrivateIdentifier) !== privateName) continue;
    if (element.type !== AST_NODE_TYPES.PropertyDefinition || element.static || field) return null;
    if (!privateName && element.accessibility !== "private") return null;
    field = element;
  }
  return field;
}
