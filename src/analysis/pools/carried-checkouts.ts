// A local module's helper that checks a client out and returns it inside an object, under one key: `return {
// client, other }`, `return { db: client }`, or `return makeAdapter({ connection })` where the module's own
// `makeAdapter` builds such an object from its argument (Axbon/radler's getTenantsQueryAdapter, whose adapter carries
// the client as `connection` beside a query closure). The caller that takes that key out
// (`const { storage, connection } = await getTenantsQueryAdapter(…)`) holds a client it must release
// (lifetime/carried-checkouts.ts). Only the shape is read: every value the helper returns carries the checkout under
// the same key, and nothing in the object can give it back (no `release` in it, no `done` beside it, no function of
// the helper's own that releases, `{ client, dispose }`: a caller calling that would release the client without the
// analysis seeing it), nor spreads other values into it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { isNothing, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { checkoutHolders, isCheckoutValue } from "./checkout-functions.js";

/** The key under which every object `fn` returns carries its checkout; null when `fn` is not such a helper. */
export function carriedCheckoutKey(fn: TSESTree.Node, program: TSESTree.Program): string | null {
  if (!isFunction(fn) || fn.body?.type !== AST_NODE_TYPES.BlockStatement) return null;
  const holders = checkoutHolders(fn.body);
  if (holders.size === 0) return null;
  const isHolder = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    return (value.type === AST_NODE_TYPES.Identifier && holders.has(value.name)) || isCheckoutValue(value);
  };
  const releasing = releasingFunctionNames(fn.body);
  let key: string | null = null;
  let other = false;
  someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.ReturnStatement || !node.argument || isNothing(node.argument)) return false;
    const carried = carriedKey(unwrapExpression(node.argument), isHolder, program, releasing);
    if (carried === null || (key !== null && carried !== key)) other = true;
    else key = carried;
    return other;
  });
  return other ? null : key;
}

/** `{ …, key: <checkout>, … }`, or a call of the module's own object builder given the checkout: the key; else null. */
function carriedKey(
  value: TSESTree.Node,
  isHolder: (node: TSESTree.Node) => boolean,
  program: TSESTree.Program,
  releasing: ReadonlySet<string>,
): string | null {
  if (value.type === AST_NODE_TYPES.ObjectExpression) return keyOf(value, isHolder, releasing);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.Identifier || value.arguments.length !== 1) return null;
  const builder = topLevelFunction(program, value.callee.name);
  const [argument] = value.arguments;
  const [parameter] = builder?.params ?? [];
  if (!builder || !parameter || !argument) return null;
  const built = builtObject(builder);
  if (!built) return null;
  // `build(client)` into `(c) => ({ connection: c })`, or `build({ connection })` into `({ connection }) => ({ connection })`.
  let inside: string | null = null;
  if (isHolder(argument) && parameter.type === AST_NODE_TYPES.Identifier) inside = parameter.name;
  const given = unwrapExpression(argument);
  if (given.type === AST_NODE_TYPES.ObjectExpression && parameter.type === AST_NODE_TYPES.ObjectPattern) {
    const key = keyOf(given, isHolder);
    const property = parameter.properties.find((p) => p.type === AST_NODE_TYPES.Property && !p.computed && staticKeyName(p.key) === key);
    if (property?.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) inside = property.value.name;
  }
  if (inside === null) return null;
  const name = inside;
  return keyOf(built, (node) => {
    const v = unwrapExpression(node);
    return v.type === AST_NODE_TYPES.Identifier && v.name === name;
  });
}

/**
 * The one plain key whose value `isHolder` accepts, in an object with no spread and nothing that releases (nor a
 * value naming one of the helper's `releasing` functions).
 */
function keyOf(object: TSESTree.ObjectExpression, isHolder: (node: TSESTree.Node) => boolean, releasing: ReadonlySet<string> = new Set()): string | null {
  let key: string | null = null;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) return null;
    const name = staticKeyName(property.key);
    if (name === null || RELEASE_NAMES.has(name)) return null;
    const value = unwrapExpression(property.value);
    if (value.type === AST_NODE_TYPES.Identifier && releasing.has(value.name)) return null;
    if (!isHolder(property.value)) continue;
    if (key !== null) return null;
    key = name;
  }
  if (key === null || mentionsRelease(object)) return null;
  return key;
}

/** Keys or calls that give a client back: the object would carry its own way to release it. */
const RELEASE_NAMES = new Set(["release", "done", "close", "end", "destroy"]);

function mentionsRelease(object: TSESTree.ObjectExpression | TSESTree.FunctionLike): boolean {
  const below = object.type === AST_NODE_TYPES.ObjectExpression ? object.properties : [object.params, object.body];
  return someNodeBelow([below], (node) => node.type === AST_NODE_TYPES.Identifier && RELEASE_NAMES.has(node.name));
}

/**
 * The names the helper gives its own functions that release (`const dispose = () => client.release()`, `function
 * finish() { client.release(); }`): one carried beside the checkout is the object's way back (review-32b).
 */
function releasingFunctionNames(body: TSESTree.BlockStatement): Set<string> {
  const names = new Set<string>();
  someNodeBelow([body.body], (node) => {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration) {
      if (node.id && mentionsRelease(node)) names.add(node.id.name);
      return "skip";
    }
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier && node.init) {
      const init = unwrapExpression(node.init);
      if (isFunction(init)) {
        if (mentionsRelease(init)) names.add(node.id.name);
        return "skip";
      }
    }
    return isFunction(node) ? "skip" : false;
  });
  return names;
}

/** A top-level `function name(…)` or `const name = (…) => …` of the module. */
function topLevelFunction(program: TSESTree.Program, name: string): TSESTree.FunctionLike | null {
  for (const statement of program.body) {
    const declared = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declared?.type === AST_NODE_TYPES.FunctionDeclaration && declared.id?.name === name) return declared;
    if (declared?.type !== AST_NODE_TYPES.VariableDeclaration || declared.kind !== "const") continue;
    for (const declarator of declared.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== name || !declarator.init) continue;
      const init = unwrapExpression(declarator.init);
      return isFunction(init) ? init : null;
    }
  }
  return null;
}

/** The object literal a builder returns: an arrow's expression body, or the one `return` of its block. */
function builtObject(fn: TSESTree.FunctionLike): TSESTree.ObjectExpression | null {
  if (!fn.body) return null;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const body = unwrapExpression(fn.body);
    return body.type === AST_NODE_TYPES.ObjectExpression ? body : null;
  }
  const last = fn.body.body.at(-1);
  if (fn.body.body.length !== 1 || last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument) return null;
  const value = unwrapExpression(last.argument);
  return value.type === AST_NODE_TYPES.ObjectExpression ? value : null;
}
