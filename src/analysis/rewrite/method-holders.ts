// The objects of the file a method call's receiver may be, read past the one shape carried-promises.ts names (`repo.
// find(id)` of a `const` holding an object literal or `new Repo()`): rewrite-32 found the async method reached any
// other way taken for a plain call, and the rewrite fixed where the promise escapes withClient's callback and runs on
// after the release (run against PostgreSQL with a pool of one client, the fixed code waited for a second client that
// never came). The roads read here:
// - destructured: `const { find } = api; find(id)`, `const { find: f = g } = api`, nested `const { a: { find } } = api`,
//   `const { find } = this`, `const [first] = [load]`; kept: `const find = api.find`, `const keep = load.bind(null)`;
// - a copy: `{ ...api }.find(id)`, `const copy = { ...api }`, `Object.assign({}, api).find(id)`, an alias `const a =
//   api` (a `let` with each of its writes), either branch of `c ? api : other` / `a ?? api` (or of the callee itself);
// - a path: `api.nested.find(id)`, a getter's value (`get self() { return this; }`: `api.self.find(id)`), `this` in a
//   method of an object literal or a class (and the classes of the file it extends), `Repo.prototype.find`, an
//   element of a list written in place (`[api][0]`), a key computed from a value (`api[k]`: any member);
// - `Reflect.apply(api.find, api, [id])`, `(await Promise.resolve(load))(id)`;
// - CommonJS exports (`module.exports = { async find() {} }`, `exports.load = load`, read back as `exports.find(id)`),
//   what a function of the file returns (`makeRepo().find(id)`, `await makeRepoAsync()`), `Object.create(proto)`.
// An object the file does not write (an import, a parameter) gives no holder: its method stays as carried-promises.ts
// judges it (not known to give a promise), as does a callee not followed (`eval("load")`, `globalThis.load`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { enclosingClassBody, enclosingObjectLiteral, isFunctionNode, memberPropertyName, methodCall, staticKeyName, unwrapExpression, type FunctionNode } from "../node-shapes.js";
import { someNodeBelow } from "../ast-walk.js";
import { classNamed, returnedValues } from "./hidden-promises.js";
import { givesPromise, writtenValues } from "./returned-async-calls.js";
import { reflectApplied, wrappedCallee } from "./wrapped-calls.js";

type Source = Readonly<TSESLint.SourceCode>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** An object of the file: an object literal, an instance of a class of the file, or such a class itself (its statics). */
type Holder =
  | { object: TSESTree.ObjectExpression }
  | { made: ClassNode; statics: boolean }
  | { list: TSESTree.ArrayExpression }
  /** CommonJS `module.exports` / `exports`: the members the file assigns on it (`exports.find = …`). */
  | { exported: TSESTree.Program };

/** A value a name is bound to: `init` itself, or the member `path` of it a destructuring takes (with its defaults). */
interface Bound {
  init: TSESTree.Node;
  /** Member names; null where any member may be read (an element of an array pattern, a key computed from a value). */
  path: Array<string | null>;
  defaults: TSESTree.Node[];
}

// How deep a receiver is followed (aliases, paths, getters, superclasses) before giving up: a guard on time and cycles.
const DEPTH = 8;

/**
 * The member path from a destructuring declaration's init to the name it binds (`["a", "find"]` of `{ a: { find } }`)
 * and the defaults written for the name itself (`g` of `{ find = g }`), or null.
 */
function destructuredPath(name: TSESTree.Node): Bound | null {
  const path: Array<string | null> = [];
  const defaults: TSESTree.Node[] = [];
  let current: TSESTree.Node = name;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      if (path.length === 0) defaults.push(parent.right);
      current = parent;
    } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      // A key computed from a value (`{ [name]: k }`) may read any member (null).
      path.unshift(parent.computed ? (parent.key.type === AST_NODE_TYPES.Literal ? String(parent.key.value) : null) : staticKeyName(parent.key));
      current = parent.parent;
    } else if (parent?.type === AST_NODE_TYPES.ArrayPattern && parent.elements.includes(current as TSESTree.DestructuringPattern)) {
      // An element of an array pattern (`const [first] = [load]`) is read as any element.
      path.unshift(null);
      current = parent;
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === current && path.length > 0) {
      return parent.init ? { init: parent.init, path, defaults } : null;
    } else {
      return null;
    }
  }
}

/** The objects of the file `expression` may be (none when it may be anything else only). */
function holders(source: Source, expression: TSESTree.Node, depth: number): Holder[] {
  if (depth > DEPTH) return [];
  const node = unwrapExpression(expression);
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      // A spread copies the spread object's properties (`{ ...api }`).
      return [{ object: node }, ...node.properties.flatMap((property) => (property.type === AST_NODE_TYPES.SpreadElement ? holders(source, property.argument, depth + 1) : []))];
    case AST_NODE_TYPES.NewExpression: {
      const made = classNamed(source, node.callee);
      return made ? [{ made, statics: false }] : [];
    }
    case AST_NODE_TYPES.ClassExpression:
      return [{ made: node, statics: true }];
    case AST_NODE_TYPES.ThisExpression: {
      const body = enclosingClassBody(node);
      if (body) return [{ made: body.parent as ClassNode, statics: false }];
      const object = enclosingObjectLiteral(node);
      return object ? [{ object }] : [];
    }
    case AST_NODE_TYPES.ArrayExpression:
      return [{ list: node }];
    case AST_NODE_TYPES.ConditionalExpression:
      return [...holders(source, node.consequent, depth + 1), ...holders(source, node.alternate, depth + 1)];
    case AST_NODE_TYPES.LogicalExpression:
      return [...holders(source, node.left, depth + 1), ...holders(source, node.right, depth + 1)];
    case AST_NODE_TYPES.SequenceExpression:
      return holders(source, node.expressions.at(-1)!, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return holders(source, node.argument, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // `Object.assign(target, …sources)` is its target, filled with the sources' properties; `Object.create(proto)`
      // reads its prototype's members.
      const method = methodCall(node);
      const ofObject = method?.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Object";
      if (ofObject && (method.name === "assign" || method.name === "create")) {
        const parts = method.name === "assign" ? node.arguments : node.arguments.slice(0, 1);
        return parts.flatMap((argument) => holders(source, argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, depth + 1));
      }
      // What a function of the file returns (`makeRepo()`, `new Factory().make()`, `await makeRepoAsync()`).
      return calledFunctions(source, node.callee, depth).flatMap((fn) => returnedValues(fn).flatMap((value) => holders(source, value, depth + 1)));
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (isModuleExports(source, node)) return exportHolders(source);
      const name = memberPropertyName(node);
      const object = unwrapExpression(node.object);
      const within = holders(source, object, depth + 1);
      // `Repo.prototype` holds the instance methods.
      if (name === "prototype") return within.flatMap((holder) => ("made" in holder && holder.statics ? [{ made: holder.made, statics: false }] : []));
      return memberValues(source, within, name, depth).flatMap((value) => holders(source, value, depth + 1));
    }
    case AST_NODE_TYPES.Identifier:
      return identifierHolders(source, node, depth);
    default:
      return [];
  }
}

/** The objects of the file a name may hold: a class's, a `const`'s value, or the member a `const` destructures. */
function identifierHolders(source: Source, name: TSESTree.Identifier, depth: number): Holder[] {
  const bound = boundValues(source, name, depth);
  if (bound.length > 0) {
    return bound.flatMap((value) => [
      ...value.path.reduce<Holder[]>((within, key) => memberValues(source, within, key, depth).flatMap((member) => holders(source, member, depth + 1)), holders(source, value.init, depth + 1)),
      ...value.defaults.flatMap((fallback) => holders(source, fallback, depth + 1)),
    ]);
  }
  const variable = resolveIdentifier(source, name);
  if (name.name === "exports" && !variable?.defs.length) return exportHolders(source);
  const made = variable?.defs.length === 1 && variable.defs[0]!.type === "ClassName" ? classNamed(source, name) : null;
  return made ? [{ made, statics: true }] : [];
}

/** `module.exports` where `module` is CommonJS's (not a name the file declares). */
function isModuleExports(source: Source, node: TSESTree.MemberExpression): boolean {
  const object = unwrapExpression(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "module" || memberPropertyName(node) !== "exports") return false;
  return !resolveIdentifier(source, object)?.defs.length;
}

/** What CommonJS's exports may be: each value given `module.exports` whole, and the members assigned on it. */
function exportHolders(source: Source): Holder[] {
  const holders: Holder[] = [{ exported: source.ast }];
  for (const statement of source.ast.body) {
    const assigned = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (assigned?.type !== AST_NODE_TYPES.AssignmentExpression || assigned.left.type !== AST_NODE_TYPES.MemberExpression) continue;
    const value = unwrapExpression(assigned.right);
    if (isModuleExports(source, assigned.left) && value.type === AST_NODE_TYPES.ObjectExpression) holders.push({ object: value });
  }
  return holders;
}

/** The members assigned on CommonJS's exports at the top of the file (`exports.find = …`, `module.exports.find = …`). */
function exportedMembers(source: Source, name: string | null): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const statement of source.ast.body) {
    const assigned = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (assigned?.type !== AST_NODE_TYPES.AssignmentExpression || assigned.left.type !== AST_NODE_TYPES.MemberExpression) continue;
    const on = unwrapExpression(assigned.left.object);
    const exported = (on.type === AST_NODE_TYPES.Identifier && on.name === "exports" && !resolveIdentifier(source, on)?.defs.length) || (on.type === AST_NODE_TYPES.MemberExpression && isModuleExports(source, on));
    if (exported && keyMayBe(memberPropertyName(assigned.left), name)) values.push(assigned.right);
  }
  return values;
}

/** The functions of the file a callee may run (`makeRepo`, `factory.make`), to read what they return. */
function calledFunctions(source: Source, callee: TSESTree.Node, depth: number): TSESTree.FunctionLike[] {
  if (depth > DEPTH) return [];
  const node = unwrapExpression(callee);
  if (isFunctionNode(node)) return [node];
  if (node.type === AST_NODE_TYPES.Identifier) {
    const fn = declaredIn(source, node);
    return fn ? [fn] : [];
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return [];
  const values = memberValues(source, holders(source, node.object, depth + 1), memberPropertyName(node), depth);
  return values.flatMap((value) => {
    const found = unwrapExpression(value);
    return isFunctionNode(found) ? [found] : found.type === AST_NODE_TYPES.Identifier && declaredIn(source, found) ? [declaredIn(source, found)!] : [];
  });
}

/**
 * The values a declared name is given — its initialiser and, for a `let`, each later `=` (`let a = api; a = other`) —
 * with the member path a destructuring takes into one (empty for `const a = v`); none for any other name.
 */
function boundValues(source: Source, name: TSESTree.Identifier, depth: number): Bound[] {
  if (depth > DEPTH) return [];
  const variable = resolveIdentifier(source, name);
  if (variable?.defs.length !== 1 || variable.defs[0]!.type !== "Variable") return [];
  const definition = variable.defs[0]!;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) {
    const bound = destructuredPath(definition.name);
    return bound ? [bound] : [];
  }
  return writtenValues(variable).flatMap(({ value, whole }) => (whole ? [] : [{ init: value, path: [], defaults: [] }]));
}

/**
 * The values the members named `name` of `within` give when read: a property's value, a getter's returns, a method;
 * every member's when `name` is null (a key computed from a value), and those whose key is so computed whatever `name`.
 */
function memberValues(source: Source, within: readonly Holder[], name: string | null, depth: number): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const holder of within) {
    // A list's elements, whichever is read (`[api][0]`, `const [first] = [load]`), and what a spread in it lists.
    if ("list" in holder) {
      for (const element of holder.list.elements) {
        if (element?.type === AST_NODE_TYPES.SpreadElement) values.push(...memberValues(source, holders(source, element.argument, depth + 1), null, depth + 1));
        else if (element) values.push(element);
      }
      continue;
    }
    if ("exported" in holder) {
      values.push(...exportedMembers(source, name));
      continue;
    }
    if ("object" in holder) {
      for (const property of holder.object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || !keyMayBe(property.computed ? null : staticKeyName(property.key), name)) continue;
        values.push(...(property.kind === "get" ? returnedValues(property.value as TSESTree.FunctionExpression) : [property.value]));
      }
      values.push(...laterWrites(source, holder.object, name, depth));
      continue;
    }
    let made: ClassNode | null = holder.made;
    for (let level = depth; made && level <= DEPTH; level += 1) {
      for (const element of made.body.body) {
        if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
        if (element.static !== holder.statics || !keyMayBe(element.computed ? null : staticKeyName(element.key), name) || !element.value) continue;
        values.push(...(element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "get" ? returnedValues(element.value) : [element.value]));
      }
      if (!holder.statics) values.push(...thisWrites(made, name));
      made = made.superClass ? classNamed(source, made.superClass) : null;
    }
  }
  return values;
}

/**
 * The members written on an object literal after its `const`/`let` is declared: `api.find = load`, `api[k] = v`,
 * `Object.assign(api, { find: load })` (review-32c: read as the literal's only members, the rewrite fixed such a call).
 */
function laterWrites(source: Source, object: TSESTree.ObjectExpression, name: string | null, depth: number): TSESTree.Node[] {
  const declarator = object.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== object || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = resolveIdentifier(source, declarator.id);
  const values: TSESTree.Node[] = [];
  for (const reference of variable?.references ?? []) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
      const write = parent.parent;
      if (write?.type === AST_NODE_TYPES.AssignmentExpression && write.left === parent && keyMayBe(memberPropertyName(parent), name)) values.push(write.right);
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === reference.identifier) {
      const method = methodCall(parent);
      if (method?.name === "assign" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Object") {
        const sources = parent.arguments.slice(1).flatMap((argument) => holders(source, argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument, depth + 1));
        values.push(...memberValues(source, sources, name, depth + 1));
      }
    }
  }
  return values;
}

/** What a class's code writes on `this` under the name (`this.find = load` in its constructor; review-32c). */
function thisWrites(made: ClassNode, name: string | null): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  someNodeBelow([made.body], (node) => {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (unwrapExpression(node.left.object).type === AST_NODE_TYPES.ThisExpression && keyMayBe(memberPropertyName(node.left), name)) values.push(node.right);
    return false;
  });
  return values;
}

/** The function a name of the file is declared as, or null. */
function declaredIn(source: Source, name: TSESTree.Identifier): TSESTree.FunctionLike | null {
  const variable = resolveIdentifier(source, name);
  return variable ? declaredFunction(variable) : null;
}

/** Whether a member keyed `key` (null: computed) may be the one a read of `name` (null: computed) takes. */
const keyMayBe = (key: string | null, name: string | null): boolean => key === null || name === null || key === name;

/** How a function of the file gives a promise: it is `async`, or a plain one returning a promise. */
type Gives = "async" | "promised" | null;

/**
 * What calling a member's value gives, when it is a function of the file that gives a promise (written there, or a name
 * of one: `{ find: load }`): "async" for an async function, "promised" for a plain one returning a promise (`find(id) {
 * return pool.query(…) }`), which the reason must not call async (rewrite-33); null for anything else.
 */
function promiseKind(source: Source, value: TSESTree.Node): Gives {
  const node = unwrapExpression(value);
  // An async generator's call gives its generator object, no promise (hidden-promises.ts reads its steps).
  const fn = isFunctionNode(node) ? node : node.type === AST_NODE_TYPES.Identifier ? declaredIn(source, node) : null;
  if (fn === null || !givesPromise(source, fn as FunctionNode)) return null;
  return fn.async ? "async" : "promised";
}

/** What a callee runs, when it gives a promise: reached as an object's member ("method") or not ("function"), and how it gives it. */
type Reached = { via: "method" | "function"; gives: "async" | "promised" } | null;

/** Whether a member named `name` of `within` gives a promise: an element of a list is shown as a function (`const [first] = [load]`), else as a method. */
function asyncMemberOf(source: Source, within: readonly Holder[], name: string | null, depth: number): Reached {
  const found = within.flatMap((holder) => memberValues(source, [holder], name, depth).flatMap((value) => {
    const gives = promiseKind(source, value);
    return gives ? [{ holder, gives }] : [];
  }));
  if (found.length === 0) return null;
  // "async" only when every function reached is async: a plain one among them makes "returns a promise" the exact word.
  const gives = found.every((each) => each.gives === "async") ? "async" : "promised";
  return { via: found.every((each) => "list" in each.holder) ? "function" : "method", gives };
}

/** A function value reached directly (not as a member). */
function asFunction(source: Source, value: TSESTree.Node): Reached {
  const gives = promiseKind(source, value);
  return gives ? { via: "function", gives } : null;
}

/**
 * Whether a callee (`copy.find`, a destructured `find`, `api.self.find`, `cond ? load : plain`, `keep` of `const keep =
 * load.bind(null)`) may run an async function of the file, and how it reaches it.
 */
function reachesAsync(source: Source, callee: TSESTree.Node, depth: number): Reached {
  if (depth > DEPTH) return null;
  const node = unwrapExpression(callee);
  const wrapped = wrappedCallee(node);
  if (wrapped) return reachesAsync(source, wrapped, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return reachesAsync(source, node.consequent, depth + 1) ?? reachesAsync(source, node.alternate, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
      return reachesAsync(source, node.left, depth + 1) ?? reachesAsync(source, node.right, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return reachesAsync(source, node.argument, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // `await Promise.resolve(load)` is `load`.
      const method = methodCall(node);
      const resolved = method?.name === "resolve" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Promise" ? node.arguments[0] : undefined;
      return resolved && resolved.type !== AST_NODE_TYPES.SpreadElement ? reachesAsync(source, resolved, depth + 1) : null;
    }
    case AST_NODE_TYPES.MemberExpression:
      // A name computed from a value (`api[k]`) may be any of the members.
      return asyncMemberOf(source, holders(source, node.object, depth + 1), memberPropertyName(node), depth);
    case AST_NODE_TYPES.Identifier:
      break;
    default:
      return asFunction(source, node);
  }
  const direct = asFunction(source, node);
  if (direct) return direct;
  for (const value of boundValues(source, node as TSESTree.Identifier, depth)) {
    // A default (`const { find = api.find } = other`) may be what the name holds.
    for (const fallback of value.defaults) {
      const reached = asFunction(source, fallback) ?? reachesAsync(source, fallback, depth + 1);
      if (reached) return reached;
    }
    // `const find = api.find`, `const keep = load.bind(null)`, `const f = c ? load : plain`.
    if (value.path.length === 0) {
      const reached = reachesAsync(source, value.init, depth + 1);
      if (reached) return reached;
      continue;
    }
    const within = value.path.slice(0, -1).reduce<Holder[]>((outer, key) => memberValues(source, outer, key, depth).flatMap((member) => holders(source, member, depth + 1)), holders(source, value.init, depth + 1));
    const reached = asyncMemberOf(source, within, value.path.at(-1)!, depth);
    if (reached) return reached;
  }
  return null;
}

/** How a reason names what a callee reached runs: async only when the function is (`async`), else "returns a promise". */
function reachedWords(reached: NonNullable<Reached>): string {
  if (reached.via === "method") return reached.gives === "async" ? "an async method of an object of the file" : "a method of an object of the file that returns a promise";
  return reached.gives === "async" ? "an async function of the file" : "a function of the file that returns a promise";
}

/**
 * The callee as shown (`copy.find`, `find`) and what it runs — "an async method of an object of the file", "a method
 * of an object of the file that returns a promise", "an async function of the file", … — when it, the function a wrapper runs (`find.call(api, id)`) or `Reflect.apply` is handed,
 * may be such a function reached by one of the roads of the file's head; else null.
 */
export function reachedAsyncCallee(source: Source, call: TSESTree.CallExpression): { shown: string; what: string } | null {
  const callee = reflectApplied(call) ?? unwrapExpression(call.callee);
  const reached = reachesAsync(source, callee, 0) ?? withObjectMentionsAsync(source, callee);
  if (!reached) return null;
  const shown = unwrapExpression(wrappedCallee(callee) ?? callee);
  return { shown: source.getText(shown), what: reachedWords(reached) };
}

/**
 * Whether the callee's receiver chain passes through a call these roads do not read: a method of a value not of the
 * file (`m.get("a")` of a `Map`, `list.find(f)`, `list.at(0)`), a global (`Object.values(api)`, `Object.entries(api)`,
 * `structuredClone(api)`, `Object.fromEntries(…)`), a `new` of a class not of the file (`new Map([[k, api]])`).
 * review-32c: each of these gave back a member of an object of the file, its async method taken for a plain call.
 */
function throughUnread(source: Source, callee: TSESTree.Node): boolean {
  let node = unwrapExpression(callee);
  for (let level = 0; level <= DEPTH * 4; level += 1) {
    if (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
    else if (node.type === AST_NODE_TYPES.CallExpression) {
      const method = methodCall(node);
      const known = (method?.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Object" && (method.name === "assign" || method.name === "create")) || calledFunctions(source, node.callee, 0).length > 0;
      if (!known) return true;
      node = unwrapExpression(node.callee);
    } else if (node.type === AST_NODE_TYPES.NewExpression) return classNamed(source, node.callee) === null;
    else if (node.type === AST_NODE_TYPES.Identifier) {
      // An element of a loop over a list (`for (const [, f] of Object.entries(api))`) is not read.
      const definition = resolveIdentifier(source, node)?.defs[0];
      const loop = definition?.type === "Variable" ? definition.parent?.parent : null;
      if ((loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) && loop.left === definition!.parent) return true;
      // `const m = new Map(…)`, `const fns = Object.values(api)`: the name's values read the same way.
      const bound = boundValues(source, node, 0);
      return bound.some((value) => { const init = unwrapExpression(value.init); return init.type !== AST_NODE_TYPES.Identifier && throughUnread(source, init); });
    } else return false;
  }
  return false;
}

/**
 * Whether an expression a call's receiver chain reads through an unread call may hold a function of the file that gives
 * a promise: one named or written in it, a member of an object (or a class) of the file it names, a value a name of
 * it is given (its `const`/`let` writes and the members written on it later). A call's value is not its callee (`await
 * load(id)` holds a row); its receiver and arguments are read. Silent once `seen` holds a name (cycles) or at DEPTH. With `asyncOnly`, only an `async` function counts.
 */
function mentionsAsync(source: Source, expression: TSESTree.Node, depth: number, seen: Set<TSESLint.Scope.Variable>, asyncOnly = false): boolean {
  const counts = (value: TSESTree.Node): boolean => { const gives = promiseKind(source, value); return asyncOnly ? gives === "async" : gives !== null; };
  if (depth > DEPTH) return false;
  return someNodeBelow([expression], (node) => {
    if (isFunctionNode(node)) return counts(node) || "skip";
    if (node.type === AST_NODE_TYPES.ClassBody) {
      return node.body.some((element) => (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) && element.value !== null && counts(element.value)) || thisWritesMention(source, node, depth, seen, asyncOnly);
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      const rest: TSESTree.Node[] = [...node.arguments];
      if (callee.type === AST_NODE_TYPES.MemberExpression) rest.push(callee.object);
      return rest.some((part) => mentionsAsync(source, part, depth + 1, seen, asyncOnly)) || "skip";
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) return mentionsAsync(source, node.object, depth + 1, seen, asyncOnly) || (node.computed && mentionsAsync(source, node.property, depth + 1, seen, asyncOnly)) || "skip";
    if (node.type === AST_NODE_TYPES.Property && !node.computed) return mentionsAsync(source, node.value, depth + 1, seen, asyncOnly) || "skip";
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    if (counts(node)) return true;
    const variable = resolveIdentifier(source, node);
    if (!variable || seen.has(variable) || variable.defs.length !== 1) return false;
    seen.add(variable);
    const definition = variable.defs[0]!;
    if (definition.type === "ClassName") return mentionsAsync(source, (definition.node as ClassNode).body, depth + 1, seen, asyncOnly);
    if (definition.type !== "Variable") return false;
    const declarator = definition.node as TSESTree.VariableDeclarator;
    const values: TSESTree.Node[] = declarator.id.type === AST_NODE_TYPES.Identifier ? writtenValues(variable).map(({ value }) => value) : declarator.init ? [declarator.init] : [];
    // A loop's element: what the loop goes over (`for (const [, f] of Object.entries(api))`).
    const loop = definition.parent?.parent;
    if ((loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) && loop.left === definition.parent) values.push(loop.right);
    for (const reference of variable.references) {
      // Written on later: `m.set("a", load)`, `api.find = load`, `list.push(api)`, `Object.assign(api, …)`.
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
        const use = parent.parent;
        if (use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === parent) values.push(use.right);
        if (use?.type === AST_NODE_TYPES.CallExpression && use.callee === parent) values.push(...use.arguments);
      } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(reference.identifier as TSESTree.Expression)) {
        values.push(...parent.arguments.filter((argument) => argument !== reference.identifier));
      }
    }
    return values.some((value) => mentionsAsync(source, value, depth + 1, seen, asyncOnly));
  });
}

/** Whether a class's code writes on `this` a value mentionsAsync takes (`this.find = load`). */
function thisWritesMention(source: Source, body: TSESTree.ClassBody, depth: number, seen: Set<TSESLint.Scope.Variable>, asyncOnly: boolean): boolean {
  return thisWrites(body.parent as ClassNode, null).some((value) => mentionsAsync(source, value, depth + 1, seen, asyncOnly));
}

/** How an expression mentionsAsync reads gives a promise: "async" when an async function of the file may be among what it holds, else "promised" when a plain one returning a promise may, else null. */
function mentionedKind(source: Source, expression: TSESTree.Node): Gives {
  if (!mentionsAsync(source, expression, 0, new Set())) return null;
  return mentionsAsync(source, expression, 0, new Set(), true) ? "async" : "promised";
}

/** A name called inside `with (api) { find(id); }` may be a member of `api` (review-32c): a method when `api` may hold a function that gives a promise. */
function withObjectMentionsAsync(source: Source, callee: TSESTree.Node): Reached {
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  for (let node: TSESTree.Node | undefined = callee.parent; node; node = node.parent) {
    if (node.type !== AST_NODE_TYPES.WithStatement) continue;
    const gives = mentionedKind(source, node.object);
    if (gives) return { via: "method", gives };
  }
  return null;
}

/**
 * The callee as shown when its receiver chain passes through a call these roads do not read (`m.get("a").find`,
 * `Object.values(api)[0]`, `structuredClone(api).find`, a loop's element) and what it reads may hold a function of the
 * file that gives a promise: the last word, after every reading that names the promise better (review-32c).
 */
export function unreadAsyncCallee(source: Source, call: TSESTree.CallExpression): { shown: string; what: string } | null {
  const callee = reflectApplied(call) ?? unwrapExpression(call.callee);
  const gives = throughUnread(source, callee) ? mentionedKind(source, callee) : null;
  if (!gives) return null;
  const what = gives === "async" ? "a function that may be an async method of an object of the file" : "a function that may be a method of an object of the file that returns a promise";
  return { shown: source.getText(unwrapExpression(wrappedCallee(callee) ?? callee)), what };
}
