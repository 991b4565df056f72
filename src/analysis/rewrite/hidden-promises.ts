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
import { enclosingClassBody, enclosingObjectLiteral, memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { valueOuter } from "./escaped-functions.js";
import { wrappedCallee } from "./wrapped-calls.js";

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

/** The values a generator's `yield`s give (its own, not those of the functions inside it). */
function yieldedValues(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  const yielded: TSESTree.Node[] = [];
  if (fn.generator && fn.body) {
    someNodeBelow([fn.body], (node) => {
      if (isFunction(node)) return "skip";
      if (node.type === AST_NODE_TYPES.YieldExpression && node.argument) yielded.push(node.argument);
      return false;
    });
  }
  return yielded;
}

// The name an iterator method (`*[Symbol.iterator]() {…}`) is listed under among the getters: a spread or a pattern
// that reads the object whole runs it (rewrite-30), a read by a name does not.
const ITERATOR = "[Symbol.iterator]";

/** Whether a computed key is `Symbol.iterator` or `Symbol.asyncIterator`. */
function iteratorKey(key: TSESTree.Node): boolean {
  const member = unwrapExpression(key);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(member.object);
  const name = memberPropertyName(member);
  return object.type === AST_NODE_TYPES.Identifier && object.name === "Symbol" && (name === "iterator" || name === "asyncIterator");
}

/** The class of the file a name denotes (`class Lazy {…}`, `const Lazy = class {…}`), else null. */
export function classNamed(source: Source, name: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
  const callee = unwrapExpression(name);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, callee) : null;
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : null;
  const declared =
    definition?.type === "ClassName"
      ? definition.node
      : definition?.type === "Variable" && definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init
        ? unwrapExpression(definition.node.init)
        : null;
  return declared?.type === AST_NODE_TYPES.ClassDeclaration || declared?.type === AST_NODE_TYPES.ClassExpression ? declared : null;
}

// How many superclasses of the file a getter is looked for in (a guard on a cycle of `extends`).
const SUPERCLASSES = 8;

/** The getters (static or not) of a class of the file and of the superclasses of the file it extends (rewrite-z). */
function classGetters(source: Source, declared: TSESTree.ClassDeclaration | TSESTree.ClassExpression, statics: boolean): Array<{ name: string | null; fn: TSESTree.FunctionLike }> {
  const getters: Array<{ name: string | null; fn: TSESTree.FunctionLike }> = [];
  for (let current: typeof declared | null = declared, depth = 0; current && depth < SUPERCLASSES; depth += 1) {
    for (const member of current.body.body) {
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "get" && member.static === statics) {
        getters.push({ name: member.computed ? null : staticKeyName(member.key), fn: member.value });
      } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method" && member.computed && iteratorKey(member.key) && member.static === statics) {
        getters.push({ name: ITERATOR, fn: member.value });
      }
    }
    current = current.superClass ? classNamed(source, current.superClass) : null;
  }
  return getters;
}

/**
 * What the getters of an object the file writes give — an object literal's (`get row() {…}`), a class instance's
 * (its class's and its superclasses' of the file), a class's own static ones — when the value reads them: those named
 * in `reads` (`lazy.plain` runs `plain`'s getter only, rewrite-z), every one when `reads` is null (a computed read,
 * the object read whole). A getter with a computed key may be any of them.
 */
export function getterValues(source: Source, written: TSESTree.Node, reads: ReadonlySet<string> | null): TSESTree.Node[] {
  const value = unwrapExpression(written);
  let getters: Array<{ name: string | null; fn: TSESTree.FunctionLike }> = [];
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.kind === "get") {
        getters.push({ name: property.computed ? null : staticKeyName(property.key), fn: property.value as TSESTree.FunctionExpression });
      } else if (property.type === AST_NODE_TYPES.Property && property.computed && iteratorKey(property.key) && isFunction(property.value)) {
        getters.push({ name: ITERATOR, fn: property.value as TSESTree.FunctionExpression });
      }
    }
  } else if (value.type === AST_NODE_TYPES.NewExpression) {
    const made = classNamed(source, value.callee);
    getters = made ? classGetters(source, made, false) : [];
  } else if (value.type === AST_NODE_TYPES.ClassDeclaration || value.type === AST_NODE_TYPES.ClassExpression) {
    getters = classGetters(source, value, true);
  }
  return getters
    .filter(({ name }) => reads === null || (name !== ITERATOR && (name === null || reads.has(name))))
    .flatMap(({ fn }) => [...returnedValues(fn), ...yieldedValues(fn)]);
}

/**
 * The values `Object.defineProperty(box, key, descriptor)` or `Object.defineProperties(box, descriptors)` puts on
 * `box` (`call`'s first argument): each descriptor's `value` and what its `get` returns; a descriptor that is no object
 * literal is read whole (rewrite-z). Empty for any other call.
 */
export function definedValues(call: TSESTree.CallExpression): TSESTree.Node[] {
  const callee = unwrapExpression(call.callee);
  const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
  if (object?.type !== AST_NODE_TYPES.Identifier || object.name !== "Object" || callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const name = memberPropertyName(callee);
  const descriptors =
    name === "defineProperty" ? call.arguments.slice(2, 3) : name === "defineProperties" ? call.arguments.slice(1, 2).flatMap(propertyValues) : [];
  return descriptors.flatMap((descriptor) => {
    const value = unwrapExpression(descriptor);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return [descriptor];
    return value.properties.flatMap((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return [property.argument];
      const key = property.computed ? null : staticKeyName(property.key);
      const part = unwrapExpression(property.value);
      if (key === "get" && isFunction(part)) return returnedValues(part as TSESTree.FunctionLike);
      return key === "value" || key === null ? [property.value] : [];
    });
  });
}

/** The values of an object literal's properties (`{ row: {…} }` of defineProperties), or the node itself when it is none. */
function propertyValues(node: TSESTree.Node): TSESTree.Node[] {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return [node];
  return value.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
}

/** `rows` for a call of an async generator function of the file (`rows(id)`, `rows.call(self, id)`: rewrite-z), else null. */
export function asyncGeneratorCall(source: Source, node: TSESTree.Node): string | null {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = wrappedCallee(call.callee) ?? unwrapExpression(call.callee);
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
  if (handed && !whole && arrayOfResults(source, parent as TSESTree.CallExpression)) return null;
  const variable = resolveIdentifier(source, identifier);
  const fn = variable ? declaredFunction(variable) : null;
  return fn?.async && !fn.generator ? identifier.name : null;
}

// The methods of an array that give an array, a boolean or nothing whatever the function handed them returns: the
// promises it makes are put in a list (`map`, `flatMap`) or dropped, never the value (rewrite-30). `find`, `reduce`
// and the like may give the function's result or an element: not here.
export const ARRAY_RESULTS: ReadonlySet<string> = new Set(["map", "flatMap", "forEach", "filter", "some", "every"]);

/** Whether `receiver` is an array for sure: an array literal, or a `const` of the file that is one (`const ids = [a, b]`). */
export function surelyArray(source: Source, receiver: TSESTree.Node): boolean {
  const node = unwrapExpression(receiver);
  if (node.type === AST_NODE_TYPES.ArrayExpression) return true;
  const variable = node.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, node) : null;
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : null;
  const declarator = definition?.type === "Variable" && definition.parent?.kind === "const" ? (definition.node as TSESTree.VariableDeclarator) : null;
  return declarator?.id.type === AST_NODE_TYPES.Identifier && declarator.init !== null && unwrapExpression(declarator.init).type === AST_NODE_TYPES.ArrayExpression;
}

/**
 * Whether `call` (which an async function is handed) gives a list or nothing and is the value itself, or kept as it
 * is in a variable: `return [id].map(load)`, `const ps = ids.map(load)` — an array, no thenable, which `await` hands
 * over at once as the original did (rewrite-30). Inside another call (`Promise.all([id].map(load))`) or a member
 * (`[id].map(load)[0]`) its promises are read: not so.
 */
function arrayOfResults(source: Source, call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !ARRAY_RESULTS.has(memberPropertyName(callee) ?? "") || !surelyArray(source, callee.object)) return false;
  const { outer, parent } = valueOuter(call);
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer) return true;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier;
}

/**
 * Whether an assignment's target writes a member of `this`: `this.pending`, `this.a.b`, or such a member in a pattern
 * (`[this.pending] = [p]`, `({ p: this.pending } = box)`: rewrite-z).
 */
function writesThis(target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.ArrayPattern && target.type !== AST_NODE_TYPES.ObjectPattern) return chainRoot(target).type === AST_NODE_TYPES.ThisExpression;
  return someNodeBelow([target], (node) => node.type === AST_NODE_TYPES.MemberExpression && chainRoot(node).type === AST_NODE_TYPES.ThisExpression);
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
export function thisStoredValues(self: TSESTree.ThisExpression): { body: TSESTree.Node; values: TSESTree.Node[] } | null {
  const parent = parentSkippingWrappers(self);
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== self) return null;
  const body = enclosingClassBody(self) ?? enclosingObjectLiteral(self);
  if (!body) return null;
  const values: TSESTree.Node[] = [];
  someNodeBelow([body], (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator !== "+=" && writesThis(node.left)) {
      values.push(node.right);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      const deep = callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.MemberExpression;
      if (deep && chainRoot(callee).type === AST_NODE_TYPES.ThisExpression) values.push(...node.arguments);
      // `Object.assign(this, { pending: load(id) })`, `Object.defineProperty(this, …)` (rewrite-z).
      const first = node.arguments[0] ? unwrapExpression(node.arguments[0]) : null;
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
      const onObject = callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.Identifier && (unwrapExpression(callee.object) as TSESTree.Identifier).name === "Object";
      if (onObject && first?.type === AST_NODE_TYPES.ThisExpression) values.push(...(method === "assign" ? node.arguments.slice(1) : definedValues(node)));
    }
    return false;
  });
  return { body, values };
}
