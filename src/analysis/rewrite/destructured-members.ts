// A member taken out of its object by destructuring (rewrite-z): `const { keep } = keeper; keep(load(id))` calls the
// method `keep` as surely as `keeper.keep(load(id))` does, and `const { set } = registry; set.call(registry, id, p)`
// fills the container `registry` as `registry.set(id, p)` does. carried-promises.ts reads a method's calls by the
// members named after it and a container's fillings by its members' calls; the variables a pattern binds are read
// here: a declaration's (`const { keep } = keeper`, `const { keep: k = f } = keeper`), a parameter's (`function
// use({ keep }) {…}`) and an assignment's (`({ keep } = keeper)`), under a plain or a computed key (`{ ["keep"]: k }`;
// `{ [name]: k }` may read any member). A rest element (`const { ...rest } = keeper`) copies own properties, not
// methods, and is no member's name: not read.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** The variable the value of a pattern's property binds (`keep` of `{ keep }`, `k` of `{ keep: k = f }`), or null. */
function boundVariable(source: Source, property: TSESTree.Property): TSESLint.Scope.Variable | null {
  const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
  return target.type === AST_NODE_TYPES.Identifier ? findVariable(source.getScope(target), target) : null;
}

/**
 * The name of the member a pattern's property reads: `keep` of `{ keep }`, also written `{ "keep": k }` or `{
 * ["keep"]: k }`; undefined for a key computed from a value (`{ [name]: k }`), which may read any member.
 */
function keyRead(property: TSESTree.Property): string | null | undefined {
  if (!property.computed) return staticKeyName(property.key);
  const key = property.key;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The references of the variables bound by `pattern`'s properties named `name` (every property when `name` is null). */
function patternReferences(source: Source, pattern: TSESTree.ObjectPattern, name: string | null): TSESTree.Identifier[] {
  return pattern.properties.flatMap((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return [];
    const key = keyRead(property);
    if (name !== null && key !== undefined && key !== name) return [];
    return (boundVariable(source, property)?.references ?? []).flatMap((reference) =>
      reference.identifier.type === AST_NODE_TYPES.Identifier ? [reference.identifier] : [],
    );
  });
}

/** The references of every variable the file binds by destructuring a property named `name` (`const { keep } = x`). */
export function destructuredMembersNamed(source: Source, name: string): TSESTree.Identifier[] {
  const references: TSESTree.Identifier[] = [];
  someNodeBelow([source.ast], (node) => {
    if (node.type === AST_NODE_TYPES.ObjectPattern) references.push(...patternReferences(source, node, name));
    return false;
  });
  return references;
}

/** The object pattern `identifier` is destructured by as a whole initialiser or assigned value (`const { a } = x`, through TS wrappers, `({ a } = x)`), or null. */
export function destructuringPattern(identifier: TSESTree.Identifier): TSESTree.ObjectPattern | null {
  const parent = parentSkippingWrappers(identifier);
  const pattern =
    parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init && unwrapExpression(parent.init) === identifier
      ? parent.id
      : parent?.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(parent.right) === identifier
        ? parent.left
        : null;
  return pattern?.type === AST_NODE_TYPES.ObjectPattern ? pattern : null;
}

/**
 * The references of the variables bound by destructuring `identifier` itself (`const { set } = registry`, through TS
 * wrappers, or `({ set } = registry)`), whose calls reach the object's methods; empty when it is not so destructured.
 */
export function destructuredFrom(source: Source, identifier: TSESTree.Identifier): TSESTree.Identifier[] {
  const pattern = destructuringPattern(identifier);
  return pattern ? patternReferences(source, pattern, null) : [];
}
