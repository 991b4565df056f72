// Promises a value reads with no call of an async function in sight (rewrite-y's probes), which withClient's `await`
// would adopt with the client held where the original gave the client back as they started:
// - a getter's: `return lazy.row` where `const lazy = { get row() { return load(1); } }`, or `const lazy = new Lazy()`
//   of a class of the file with `get row() { return load(this.id); }` — reading the property runs the getter;
// - an async generator's step: `return rows(id).next()` (or `rows(id)[Symbol.asyncIterator]().next()`) for `async
//   function* rows(id) {…}` of the file — `next()` runs the generator's body up to its first `yield`. The generator
//   object itself (`return rows(id)`) is no thenable and runs nothing: withClient hands it over at once, as the
//   original did;
// - an async function of the file handed to a call (`Promise.all(ids.map(load))`, `.then(load)`) or kept in a
//   list the value reads whole (`const loaders = [load]; return loaders[0](id)`): the call may run it;
// - a property of `this` (`return this.pending`) that a method of the class fills (`this.pending = load(id)`,
//   `this.jobs.push(load(id))`): which instance it is is not followed, every write of the class counts.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { enclosingClassBody, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** The values a function's `return`s give (its arrow's body), not those of the functions inside it. */
export function returnedValues(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  if (!fn.body) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const returned: TSESTree.Node[] = [];
  someNodeBelow([fn.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) returned.push(node.argument);
    return false;
  });
  return returned;
}

/** The class a `new` makes when it is a class of the file (`class Lazy {…}`, `const Lazy = class {…}`), else null. */
function classMade(source: Source, made: TSESTree.NewExpression): TSESTree.ClassBody | null {
  const callee = unwrapExpression(made.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, callee) : null;
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : null;
  const declared =
    definition?.type === "ClassName"
      ? definition.node
      : definition?.type === "Variable" && definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init
        ? unwrapExpression(definition.node.init)
        : null;
  return declared?.type === AST_NODE_TYPES.ClassDeclaration || declared?.type === AST_NODE_TYPES.ClassExpression ? declared.body : null;
}

/** What the getters of an object the file writes give: an object literal's (`get row() {…}`), a class instance's. */
export function getterValues(source: Source, written: TSESTree.Node): TSESTree.Node[] {
  const value = unwrapExpression(written);
  const getters: TSESTree.FunctionLike[] = [];
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.kind === "get") getters.push(property.value as TSESTree.FunctionExpression);
    }
  } else if (value.type === AST_NODE_TYPES.NewExpression) {
    for (const member of classMade(source, value)?.body ?? []) {
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "get" && !member.static) getters.push(member.value);
    }
  }
  return getters.flatMap(returnedValues);
}

/** `rows` for a call of an async generator function of the file (`rows(id)`), else null. */
export function asyncGeneratorCall(source: Source, node: TSESTree.Node): string | null {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, callee) : null;
  const fn = variable ? declaredFunction(variable) : null;
  return fn?.async && fn.generator ? (callee as TSESTree.Identifier).name : null;
}

/**
 * `rows` when `call` steps an async generator of the file: a call of a member of its call, through members and calls
 * (`rows(id).next()`, `rows(id)[Symbol.asyncIterator]().next()`); else null.
 */
export function generatorStep(source: Source, call: TSESTree.CallExpression): string | null {
  let node = unwrapExpression(call.callee);
  while (node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.CallExpression) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      node = unwrapExpression(node.object);
      const generator = asyncGeneratorCall(source, node);
      if (generator) return generator;
    } else node = unwrapExpression(node.callee);
  }
  return null;
}

/**
 * `load` when `identifier` names an async function of the file that a call is handed (`ids.map(load)`) or that is an
 * element of a list the value reads whole (`whole`: `[load]` of `loaders[0](id)`); else null.
 */
export function handedAsyncFunction(source: Source, identifier: TSESTree.Identifier, whole: boolean): string | null {
  const parent = parentSkippingWrappers(identifier);
  const handed =
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.some((argument) => unwrapExpression(argument) === identifier);
  // An element of a list read whole (`loaders[0](id)` of `[load]`); an object's property is read by its name
  // (asyncMethodOf in carried-promises.ts: `api.find(id)` of `{ load, find }` is `find`).
  const listed = whole && parent?.type === AST_NODE_TYPES.ArrayExpression;
  if (!handed && !listed) return null;
  const variable = resolveIdentifier(source, identifier);
  const fn = variable ? declaredFunction(variable) : null;
  return fn?.async && !fn.generator ? identifier.name : null;
}

/** The root of a member chain (`this` of `this.jobs.list`), through TS wrappers. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current;
}

/**
 * The class `self` (a `this` read as an object: `this.pending`) belongs to, and what its methods store on `this`:
 * `this.pending = v` (and `??=`…), `this.jobs.push(v)` — a call of a member of a member of `this`; null when `self`
 * is no method's `this`.
 */
export function thisStoredValues(self: TSESTree.ThisExpression): { body: TSESTree.ClassBody; values: TSESTree.Node[] } | null {
  const parent = parentSkippingWrappers(self);
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== self) return null;
  const body = enclosingClassBody(self);
  if (!body) return null;
  const values: TSESTree.Node[] = [];
  someNodeBelow([body], (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator !== "+=" && chainRoot(node.left).type === AST_NODE_TYPES.ThisExpression) {
      values.push(node.right);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      const deep = callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.MemberExpression;
      if (deep && chainRoot(callee).type === AST_NODE_TYPES.ThisExpression) values.push(...node.arguments);
    }
    return false;
  });
  return { body, values };
}
