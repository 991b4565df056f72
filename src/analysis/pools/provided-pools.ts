// NestJS custom providers: `{ provide: PG_POOL, useFactory: (config) => new Pool(…) }` (or `useValue: new Pool(…)`)
// registers a pg pool under a token, and `constructor(@Inject(PG_POOL) private conn: any)` receives it: `this.conn`
// is that pool whatever its name or type says. The token is followed only where it is cheap to (a project-wide search
// for every `provide: PG_POOL` would read every module of the project on each lint): a provider in the linted file
// itself, or in the local module the token is imported from (where a provider module declares and exports its own
// token). A token declared in a constants module that a third module provides (wildananugrah/mockup's DB_PG) stays
// unknown. Decorators are a TypeScript tree's field: plain JavaScript linted by espree has none.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { staticKeyName, unwrapExpression } from "../node-shapes.js";

/** The key of a token: an identifier's name, or a string's value. */
export function tokenKey(node: TSESTree.Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) return `name:${value.name}`;
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "string" ? `string:${value.value}` : null;
}

/** A cheap test of the text before any walk: only a module that says `provide` can register a provider. */
export const SAYS_PROVIDE = /\bprovide\s*:/;

/** The tokens of `program`'s provider objects whose `useFactory` returns only a pool, or whose `useValue` is one. */
export function providedPoolTokens(program: TSESTree.Program, isPoolConstruction: (node: TSESTree.Node) => boolean): Set<string> {
  const tokens = new Set<string>();
  someNodeBelow([program.body], (node) => {
    if (node.type !== AST_NODE_TYPES.ObjectExpression) return false;
    let token: string | null = null;
    let pool = false;
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = staticKeyName(property.key);
      if (key === "provide") token = tokenKey(property.value);
      if (key === "useValue") pool = isPoolConstruction(property.value);
      if (key === "useFactory") pool = returnsOnlyPools(unwrapExpression(property.value), isPoolConstruction);
    }
    if (token !== null && pool) tokens.add(token);
    return false;
  });
  return tokens;
}

/** An arrow whose body is a pool construction, or a function every value of whose own `return`s is one. */
function returnsOnlyPools(fn: TSESTree.Node, isPoolConstruction: (node: TSESTree.Node) => boolean): boolean {
  if (!isFunction(fn) || !fn.body) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isPoolConstruction(fn.body);
  let pools = 0;
  const other = someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return false;
    if (!node.argument || !isPoolConstruction(node.argument)) return true;
    pools += 1;
    return "skip";
  });
  return !other && pools > 0;
}

/** `@Inject(TOKEN)` among a parameter property's decorators: TOKEN; else null. */
export function injectedToken(parameter: TSESTree.TSParameterProperty): TSESTree.Node | null {
  for (const decorator of parameter.decorators ?? []) {
    const call = unwrapExpression(decorator.expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) continue;
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "Inject") return call.arguments[0] ?? null;
  }
  return null;
}
