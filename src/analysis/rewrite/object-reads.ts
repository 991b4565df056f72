// How the value reads an object it reaches (carried-promises.ts follows the object's variable, hidden-promises.ts
// runs its getters): by one name (`lazy.plain` runs `plain`'s getter only, rewrite-z), by the names a pattern
// destructures (`const { plain } = lazy`: `plain`'s only, when no rest element copies the others — rewrite-30), or
// whole — a computed member (`lazy[key]`), a rest element, or a spread whose copy is read further (`f(...lazy)`,
// `const [first] = [...iterable]`, `{ ...lazy }[key]`): every getter runs and the copy carries what each gives
// (rewrite-30). A spread into an object literal read at once by one name (`{ ...lazy }.plain`) runs every getter too,
// but the value is what that name's getter gave (the others' values are dropped with the copy): read by that name
// (rewrite-31; a later property of the literal with the same name is read as a part of the literal besides).
// A spread into a literal that is itself the value or kept as it is (`return { ...lazy }`, `const copy = { ...lazy }`)
// is not read further here: `await` adopts that literal only through a `then` (awaited-value.ts reads it), and a copy
// read later is followed on its own (`copy.row`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, staticKeyNames, unwrapExpression } from "../node-shapes.js";
import { destructuringPattern } from "./destructured-members.js";
import { valueOuter } from "./escaped-functions.js";

/** The member `identifier` is the object of (`box.p`, `box["p"]`, through TS wrappers: `(box as Box).p`, `box!.p`), or null. */
export function memberOf(identifier: TSESTree.Node): TSESTree.MemberExpression | null {
  const parent = parentSkippingWrappers(identifier);
  return parent?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === identifier ? parent : null;
}

/** Whether `identifier` is read as the object of a member (`box.p`, `box["p"]`, `box.p.then(f)`, `(box as Box).p`). */
export function readAsContainer(identifier: TSESTree.Identifier): boolean {
  return memberOf(identifier) !== null;
}

/** Whether a literal is the value itself or kept as it is in a variable (`return { …x }`, `const copy = […x]`). */
function valueItself(literal: TSESTree.Node): boolean {
  const { outer, parent } = valueOuter(literal);
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer) return true;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) return parent.id.type === AST_NODE_TYPES.Identifier;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.left.type === AST_NODE_TYPES.Identifier;
}

/** Whether `identifier` is spread (`{ ...lazy }`, `[...lazy]`, `f(...lazy)`) where the copy is read further (the file's head). */
function spreadReadFurther(identifier: TSESTree.Identifier, whole: boolean): boolean {
  const spread = parentSkippingWrappers(identifier);
  if (spread?.type !== AST_NODE_TYPES.SpreadElement) return false;
  const holder = spread.parent;
  const literal = holder.type === AST_NODE_TYPES.ObjectExpression || holder.type === AST_NODE_TYPES.ArrayExpression;
  return whole || !literal || !valueItself(holder);
}

/** `plain` when `identifier` is spread into an object literal read at once by that static name (`{ ...lazy }.plain`), else null. */
function spreadCopyRead(identifier: TSESTree.Identifier): string | null {
  const spread = parentSkippingWrappers(identifier);
  const literal = spread?.type === AST_NODE_TYPES.SpreadElement ? spread.parent : null;
  if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const member = memberOf(literal);
  return member ? memberPropertyName(member) : null;
}

/**
 * How the value reads the object `identifier` names: `member` when its parts are read (its getters then run, and a
 * class's static ones), `reads` the names read (null: every one). Not read as an object: `member` false.
 */
export function objectRead(identifier: TSESTree.Identifier, whole: boolean): { member: boolean; reads: ReadonlySet<string> | null } {
  const member = memberOf(identifier);
  if (member) {
    const name = memberPropertyName(member);
    return { member: true, reads: name === null ? null : new Set([name]) };
  }
  const pattern = destructuringPattern(identifier);
  if (pattern) return { member: true, reads: staticKeyNames(pattern.properties) };
  const read = whole ? null : spreadCopyRead(identifier);
  if (read !== null) return { member: true, reads: new Set([read]) };
  return { member: spreadReadFurther(identifier, whole), reads: null };
}
