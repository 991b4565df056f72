// The roads returned-async-calls.ts does not follow by which a promise reaches withClient's callback value, whose
// `await` would then hold the client until it settles where the original gave the client back at once:
// - on an object's property: `const box = { p: load(id) }; return box.p;` (or `box.p = load(id)`, `box.push(p)`);
//   the object is read whole, since any of its parts may be what the value picks out of it;
// - through a parameter: `remember(load(id)); return pending;` where `function remember(p) { pending = p; }` — the
//   file's calls of that function hand the parameter its values;
// - from a method of an object of the file whose method is async: `return repo.find(id)` where `const repo = {
//   async find(id) {…} }` or `const repo = new Repo()` of a class of the file. A method of an object the file does
//   not write (an import, a parameter) is not known to give a promise, and stays fixed (`res.json(…)` gives `res`).
// Each promise found is judged as returned-async-calls.ts judges its own (an async function of the file, or the pool).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { encloses, isFunctionNode, memberPropertyName, methodCall, parentSkippingWrappers, staticKeyName, unwrapExpression, type FunctionNode } from "../node-shapes.js";
import { awaitedParts } from "./awaited-value.js";
import { poolUse, type MovedCodeScan } from "./moved-code-scan.js";
import { asyncCallee, returnedAsyncCallReason, writtenValues } from "./returned-async-calls.js";
import { ARRAY_RESULTS, asyncGeneratorCall, definedValues, generatorStep, getterValues, handedAsyncFunction, surelyArray, thisStoredValues } from "./hidden-promises.js";
import { destructuredFrom, destructuredMembersNamed } from "./destructured-members.js";
import { memberOf, objectRead, readAsContainer } from "./object-reads.js";
import { reachedAsyncCallee, unreadAsyncCallee } from "./method-holders.js";
import { keptCalls, handedArgumentsAll, placedArguments, wrappedCallee, type HandedArguments } from "./wrapped-calls.js";

type Source = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

// How many variables are followed before giving up (a guard on time, as in returned-async-calls.ts).
const FOLLOWED_VARIABLES = 32;
const HOLD = "the original gave the client back as it started, the callback would hold the client until it ends";

/** The only value a `const` gives its variable, or null. */
function constInitialiser(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type !== "Variable" || definition.parent?.kind !== "const") return null;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  return declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init ? (unwrapExpression(declarator.init) as TSESTree.Expression) : null;
}

/** Whether a class (`class Repo {…}`, `const Repo = class {…}`) has an async instance method named `name`. */
function classHasAsyncMethod(source: Source, callee: TSESTree.Node, name: string): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolveIdentifier(source, callee);
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0]!;
  const declared = definition.type === "ClassName" ? (definition.node as TSESTree.ClassDeclaration) : constInitialiser(variable);
  if (declared?.type !== AST_NODE_TYPES.ClassDeclaration && declared?.type !== AST_NODE_TYPES.ClassExpression) return false;
  return declared.body.body.some(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) &&
      !element.static &&
      !element.computed &&
      staticKeyName(element.key) === name &&
      element.value !== null &&
      isFunctionNode(element.value) &&
      element.value.async,
  );
}

/**
 * `repo.find` for a call of an async method of an object the file writes: `const repo = { async find() {} }` (or
 * `find: async () => …`), or `const repo = new Repo()` of a class of the file; else null.
 */
function asyncMethodCallee(source: Source, call: TSESTree.CallExpression): { shown: string; what: string } | null {
  const wrapped = wrappedCallee(call.callee);
  const shown = asyncMethodOf(source, unwrapExpression(call.callee)) ?? (wrapped ? asyncMethodOf(source, wrapped) : null);
  if (shown) return { shown, what: "an async method of an object of the file" };
  // Reached any other way (method-holders.ts, rewrite-32): destructured, copied, aliased, through a path or a getter;
  // what returned-async-calls.ts judges itself (`load(id)`, `this.load(id)`) keeps its own reason.
  return asyncCallee(source, call) ? null : reachedAsyncCallee(source, call);
}

/** asyncMethodCallee's reading of one callee (`repo.find`). */
function asyncMethodOf(source: Source, callee: TSESTree.Node): string | null {
  // Through TS wrappers on the object too: `(repo as Repo).find(id)`, `store!.find(id)`.
  const holder = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || holder?.type !== AST_NODE_TYPES.Identifier) return null;
  const name = callee.computed ? staticKeyName(callee.property) : callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
  const variable = name === null ? null : resolveIdentifier(source, holder);
  const object = variable ? constInitialiser(variable) : null;
  if (!object || name === null) return null;
  const shown = `${holder.name}.${name}`;
  if (object.type === AST_NODE_TYPES.NewExpression) return classHasAsyncMethod(source, object.callee, name) ? shown : null;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const property = object.properties.find(
    (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && !candidate.computed && staticKeyName(candidate.key) === name,
  );
  const value = property ? unwrapExpression(property.value) : null;
  if (value?.type === AST_NODE_TYPES.Identifier) {
    // An async function of the file the object holds by name: `const api = { load }` or `{ fetch: load }` (rewrite-x).
    const variable = resolveIdentifier(source, value);
    return variable && declaredFunction(variable)?.async ? shown : null;
  }
  return value && isFunctionNode(value) && value.async ? shown : null;
}

/**
 * Whether `member` is a method of an array for sure (`ids` of `const ids = [id]`) that leaves it as it is and gives a
 * list, a boolean or nothing (`ids.map(load)`, `ids.forEach(f)`): what it is handed does not fill it (rewrite-31; a
 * `push` does, and a `let` may hold any object) — when the callback cannot reach the array (review-31b).
 */
function readsOnly(source: Source, member: TSESTree.MemberExpression, identifier: TSESTree.Node, call: TSESTree.CallExpression): boolean {
  return (
    unwrapExpression(member.object) === identifier &&
    ARRAY_RESULTS.has(memberPropertyName(member) ?? "") &&
    surelyArray(source, identifier) &&
    blindToArray(source, call)
  );
}

/**
 * Whether the one argument of an array method's `call` is a function of the file that cannot be handed the array:
 * its third parameter is the array (`ids.forEach((x, i, all) => all.push(load(x)))`), and so is `this` when a second
 * argument gives it (`ids.forEach(function () { this.push(…); }, ids)`) — so at most two named parameters, no rest
 * and no `arguments` (review-31b). A function not shown (a member, a parameter) may take the array: not blind.
 */
function blindToArray(source: Source, call: TSESTree.CallExpression): boolean {
  if (call.arguments.length !== 1) return false;
  const handed = unwrapExpression(call.arguments[0]!);
  const variable = handed.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, handed) : null;
  const fn = variable ? declaredFunction(variable) : isFunctionNode(handed) ? handed : null;
  if (!fn || fn.params.length > 2 || fn.params.some((param) => param.type === AST_NODE_TYPES.RestElement)) return false;
  return fn.type === AST_NODE_TYPES.ArrowFunctionExpression || !source.getScope(fn).set.get("arguments")?.references.length;
}

/**
 * The values a container is filled with besides its own writes: `box.p = v`, `box.p ??= v`, `box.push(v)`, deeper in
 * it (`box.a.b = v`, `box.a.push(v)`), and `Object.assign(box, { p: v })` (rewrite-x).
 */
function storedValues(source: Source, variable: Variable): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    let member = memberOf(reference.identifier);
    if (!member) {
      // Its methods destructured and called (`const { set } = registry; set.call(registry, id, p)`, rewrite-z).
      const destructured = reference.identifier.type === AST_NODE_TYPES.Identifier ? destructuredFrom(source, reference.identifier) : [];
      for (const method of destructured) values.push(...handedArgumentsAll(source, method).flatMap((handed) => handed.values));
      const call = parentSkippingWrappers(reference.identifier);
      const method = call?.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
      const assigned = method?.name === "assign" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Object";
      const first = call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] ? unwrapExpression(call.arguments[0]) === reference.identifier : false;
      if (assigned && first) values.push(...(call as TSESTree.CallExpression).arguments.slice(1));
      // `Object.defineProperty(box, "p", { get: () => load(id) })` and defineProperties (hidden-promises.ts).
      else if (first) values.push(...definedValues(call as TSESTree.CallExpression));
      continue;
    }
    for (let outer = memberOf(member); outer; outer = memberOf(member)) member = outer;
    const use = parentSkippingWrappers(member);
    if (use?.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(use.left) === member) values.push(use.right);
    else if (use?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(use.callee) === member) {
      if (readsOnly(source, member, reference.identifier, use)) continue;
      values.push(...use.arguments);
      // A method bound and kept (`const set = registry.set.bind(registry); set(id, p)`): its later calls fill it too.
      if (memberPropertyName(member) === "bind") values.push(...keptCalls(source, use).flat());
    }
  }
  return values;
}

/**
 * The arguments the file's own calls of a function hand the parameter `variable` (`remember(load(id))`); read whole
 * when the parameter is a part of a destructured one (`function remember({ p })`) or a rest parameter (`...ps`, every
 * argument from its place on), or when its place among them is
 * not known (`remember.apply(self, list)`, a spread), or for `arguments` (every argument of the calls, rewrite-x). A
 * function declared with overloads (`function remember(p: number): void;` before its body) is the same function.
 */
function parameterArguments(source: Source, variable: Variable): FollowedValue[] {
  const block = variable.scope.block;
  if (variable.name === "arguments" && variable.defs.length === 0 && isFunctionNode(block) && block.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
    return callsOf(source, block).flatMap((handed) => [...handed.values.map((value) => ({ value, whole: true })), ...escapedValue(handed)]);
  }
  const definition = variable.defs.length === 1 ? variable.defs[0]! : null;
  if (definition?.type !== "Parameter" || !isFunctionNode(definition.node as TSESTree.Node)) return [];
  const fn = definition.node as FunctionNode;
  const index = fn.params.findIndex((param) => encloses(param, definition.name));
  if (index < 0) return [];
  const param = fn.params[index]!;
  const whole = (param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param) !== definition.name;
  const values: FollowedValue[] = [];
  for (const handed of callsOf(source, fn)) {
    values.push(...escapedValue(handed));
    if (handed.unplaced) values.push(...handed.values.map((value) => ({ value, whole: true })));
    // A rest parameter (`function remember(...ps)`) holds every argument from its place on, in an array withClient's
    // `await` does not look into; read through its elements (`pending = ps[0]`), it carries them (review-g).
    else if (param.type === AST_NODE_TYPES.RestElement) {
      if (restElementsRead(variable, param)) values.push(...handed.values.slice(index).map((value) => ({ value, whole: true })));
    }
    else if (handed.values[index]) values.push({ value: handed.values[index]!, whole });
  }
  return values;
}

/** A value that may reach a function's parameters, or where the function escapes unfollowed (`escaped`, rewrite-30). */
interface FollowedValue {
  value: TSESTree.Node;
  whole: boolean;
  escaped?: boolean;
}

/** The escape of a function that a call entry records (escaped-functions.ts) as a value to refuse on, else none. */
function escapedValue(handed: HandedArguments): FollowedValue[] {
  return handed.escaped ? [{ value: handed.escaped, whole: true, escaped: true }] : [];
}

/**
 * Whether the rest parameter `variable` (`...ps`) may be read for its elements: a pattern (`...[a, b]`), or any use but
 * the whole array stored, returned or given as a value (`pending = ps`, `return ps`, `const all = ps`).
 */
function restElementsRead(variable: Variable, rest: TSESTree.RestElement): boolean {
  if (rest.argument.type !== AST_NODE_TYPES.Identifier) return true;
  return variable.references.some((reference) => {
    const parent = parentSkippingWrappers(reference.identifier);
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression) return unwrapExpression(parent.right) !== reference.identifier;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator) return parent.id.type !== AST_NODE_TYPES.Identifier;
    return parent?.type !== AST_NODE_TYPES.ReturnStatement;
  });
}

/**
 * The arguments each of the file's calls of `fn` hands it, directly or through a wrapper (wrapped-calls.ts): `fn`
 * declared (`function remember(p)`, `const remember = (p) => …`), or a method — of an object the file writes (`const
 * keeper = { keep(p) {…} }`) or of a class (`keep(p) {…}` in `class Keeper`, rewrite-y) — called by its name on any
 * object (`keeper.keep(x)`, `this.keep(x)`, `store.keep(x)` of `new Keeper()`): which object it is is not followed.
 */
function callsOf(source: Source, fn: FunctionNode): HandedArguments[] {
  const declarator = fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn ? fn.parent : null;
  const declaring = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : declarator;
  const named = declaring ? source.getDeclaredVariables(declaring).find(declaredOnce) : undefined;
  const callees: TSESTree.Node[] = (named?.references ?? []).map((reference) => reference.identifier);
  const method = methodName(fn);
  if (method !== null) callees.push(...membersNamed(source.ast, method), ...destructuredMembersNamed(source, method));
  // A constructor's parameters: what `new Keeper(x)` of its class hands it.
  const made = constructedClass(source, fn);
  const constructions = (made?.references ?? []).flatMap((reference) => {
    const parent = parentSkippingWrappers(reference.identifier);
    return parent?.type === AST_NODE_TYPES.NewExpression && unwrapExpression(parent.callee) === reference.identifier ? [parent.arguments] : [];
  });
  return [...callees.flatMap((callee) => handedArgumentsAll(source, callee)), ...constructions.map(placedArguments)];
}

/** The class variable whose constructor `fn` is (`class Keeper { constructor(p) {…} }`), else null. */
function constructedClass(source: Source, fn: FunctionNode): Variable | null {
  const member = fn.parent;
  if (member?.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== "constructor") return null;
  const declared = member.parent.parent;
  return declared.type === AST_NODE_TYPES.ClassDeclaration ? (source.getDeclaredVariables(declared).find(declaredOnce) ?? null) : null;
}

/** The name of the method `fn` is: an object literal's (`keep(p) {}`, `keep: (p) => …`) or a class's (static too); else null. */
function methodName(fn: FunctionNode): string | null {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && !parent.computed) return staticKeyName(parent.key);
  const ownMember = (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) && parent.value === fn;
  const constructor = parent?.type === AST_NODE_TYPES.MethodDefinition && parent.kind === "constructor";
  return ownMember && !parent.computed && !constructor ? staticKeyName(parent.key) : null;
}

/** Every member of the file read by the name `name` (`x.keep`, `this.keep`, `x["keep"]`). */
function membersNamed(program: TSESTree.Program, name: string): TSESTree.MemberExpression[] {
  const members: TSESTree.MemberExpression[] = [];
  someNodeBelow([program], (node) => {
    if (node.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(node) === name) members.push(node);
    return false;
  });
  return members;
}

/** A variable with one definition, or a function's overload signatures and its one body (`function f(a: T): U;`). */
function declaredOnce(variable: Variable): boolean {
  if (variable.defs.length === 1) return true;
  const bodies = variable.defs.filter((def) => def.node.type === AST_NODE_TYPES.FunctionDeclaration);
  return bodies.length === 1 && variable.defs.every((def) => def.type === "FunctionName" && (def.node === bodies[0]!.node || def.node.type === AST_NODE_TYPES.TSDeclareFunction));
}

/** The values a followed variable may hold: its writes, what is stored in it when read whole, its parameter's arguments. */
function followedValues(source: Source, variable: Variable, whole: boolean): FollowedValue[] {
  const values: FollowedValue[] = writtenValues(variable).map((written) => ({ value: written.value, whole: written.whole || whole }));
  if (whole) values.push(...storedValues(source, variable).map((value) => ({ value, whole: true })));
  values.push(...parameterArguments(source, variable).map((handed) => ({ ...handed, whole: handed.whole || whole })));
  return values;
}

/** A variable followed, or the `this` of a class (`this.pending`: what its methods store on it, read whole), as the queue holds it. */
interface Followed {
  variable: Variable | null;
  stored: TSESTree.Node[];
  shown: string;
  whole: boolean;
  /** Whether it is read as the object of a member where it was met; `reads` the one name then read (`lazy.plain`). */
  member: boolean;
  reads: ReadonlySet<string> | null;
}

const isClass = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression;

/**
 * What the getters run by reading a followed container give (hidden-promises.ts): an object's of the file (`lazy.row`),
 * those the value reads by name only (`lazy.plain`, rewrite-z); a class's static ones when the class itself is read as
 * an object (`Lazy.row`), not when it is met as `new Lazy()`'s callee.
 */
function getterReads(source: Source, followed: Followed, values: ReadonlyArray<{ value: TSESTree.Node }>): TSESTree.Node[] {
  const definition = followed.variable?.defs.length === 1 ? followed.variable.defs[0]! : null;
  const declared = definition?.type === "ClassName" ? [definition.node] : [];
  const holders = [...values.map(({ value }) => unwrapExpression(value)), ...declared].filter((holder) => followed.member || !isClass(holder));
  return holders.flatMap((holder) => getterValues(source, holder, followed.reads));
}

/** Why `call`, a part of the value, keeps the callback holding the client longer than the original did, or null. */
function callReason(source: Source, scan: MovedCodeScan, call: TSESTree.CallExpression, poolText: string, whole = false): string | null {
  // An async generator's object read whole (`const it = rows(id); return it.next()`), or its step (hidden-promises.ts).
  const generator = generatorStep(source, call) ?? (whole ? asyncGeneratorCall(source, call) : null);
  if (generator) return `\`${generator}(…)\`, an async generator stepped, which the callback would return: ${HOLD} (its pool work a second checkout)`;
  const method = asyncMethodCallee(source, call);
  if (method) return `\`${method.shown}(…)\`, ${method.what}, which the callback would return: ${HOLD} (its pool work a second checkout)`;
  if (returnedAsyncCallReason(source, { ...scan, returnedCalls: [call], returnedNames: [] }, poolText)) {
    return `\`${source.getText(unwrapExpression(call.callee))}(…)\`, an async function, which the callback would return: ${HOLD} (its pool work a second checkout)`;
  }
  const use = poolUse(source, call, poolText);
  if (use) return `${use.use}, which the callback would return: ${HOLD} (a second checkout of the same pool)`;
  const unread = unreadAsyncCallee(source, call);
  return unread ? `\`${unread.shown}(…)\`, ${unread.what}, which the callback would return: ${HOLD} (its pool work a second checkout)` : null;
}

/**
 * Why the value of a `return` in held code (scan.returnedCalls and returnedNames), or the one variable a fix carries
 * out of the callback (`names` empty, `carried` given), may be a promise that withClient would wait on with the
 * client held, by one of the roads of the file's head; null when none is found.
 */
export function carriedPromiseReason(source: Source, scan: MovedCodeScan, poolText: string, carried: Variable | null = null): string | null {
  if (!carried) {
    for (const call of scan.returnedCalls) {
      const method = asyncMethodCallee(source, call);
      if (method) return `\`${method.shown}(…)\`, ${method.what}, is returned without \`await\`: ${HOLD} (its pool work a second checkout)`;
      const step = generatorStep(source, call);
      if (step) return `\`${step}(…)\`, an async generator, is stepped and returned without \`await\`: ${HOLD} (its pool work a second checkout)`;
    }
  }
  const seen = new Set<Variable | TSESTree.Node>();
  const queue: Followed[] = [];
  const enqueue = (variable: Variable | null, shown: string, whole: boolean, identifier: TSESTree.Identifier | null = null): void => {
    if (variable && !seen.has(variable) && seen.size < FOLLOWED_VARIABLES) {
      seen.add(variable);
      const { member, reads } = identifier ? objectRead(identifier, whole) : { member: false, reads: null };
      queue.push({ variable, stored: [], shown, whole: whole || member, member, reads });
    }
  };
  const enqueueSelf = (self: TSESTree.ThisExpression, shown: string): void => {
    const stored = thisStoredValues(self);
    if (stored && !seen.has(stored.body) && seen.size < FOLLOWED_VARIABLES) {
      seen.add(stored.body);
      queue.push({ variable: null, stored: stored.values, shown, whole: true, member: true, reads: null });
    }
  };
  // An async function of the file handed to a call of the value, or read into what is read whole (hidden-promises.ts).
  const handed = (identifier: TSESTree.Identifier, shown: string, whole: boolean): string | null => {
    const fn = handedAsyncFunction(source, identifier, whole);
    return fn ? `\`${shown}\` may be or carry the promise of \`${fn}(…)\`, an async function, which the callback would return: ${HOLD} (its pool work a second checkout)` : null;
  };
  if (carried) enqueue(carried, carried.name, false);
  for (const name of carried ? [] : scan.returnedNames) {
    const reason = handed(name, name.name, readAsContainer(name));
    if (reason) return reason;
    enqueue(resolveIdentifier(source, name), name.name, false, name);
  }
  for (const self of carried ? [] : scan.returnedSelves) enqueueSelf(self, "this");
  for (let next = queue.shift(); next; next = queue.shift()) {
    const values: FollowedValue[] = next.stored.map((value) => ({ value, whole: true }));
    if (next.variable) values.push(...followedValues(source, next.variable, next.whole));
    if (next.whole) values.push(...getterReads(source, next, values).map((value) => ({ value, whole: true })));
    for (const { value, whole, escaped } of values) {
      if (escaped) return `\`${next.shown}\` may be or carry a promise handed to its function where \`${source.getText(value)}\` takes the function out of sight (its calls there are not followed): ${HOLD}`;
      const parts = awaitedParts(value, source, whole);
      for (const call of parts.calls) {
        const what = callReason(source, scan, call, poolText, whole);
        if (what) return `\`${next.shown}\` may be or carry the promise of ${what}`;
      }
      for (const identifier of parts.names) {
        const reason = handed(identifier, next.shown, whole || readAsContainer(identifier));
        if (reason) return reason;
        enqueue(resolveIdentifier(source, identifier), next.shown, whole, identifier);
      }
      for (const self of parts.selves) enqueueSelf(self, next.shown);
    }
  }
  // Last: a callee reached through a call method-holders.ts does not read (`m.get("a").find(id)`, review-32c).
  for (const call of carried ? [] : scan.returnedCalls) {
    const unread = unreadAsyncCallee(source, call);
    if (unread) return `\`${unread.shown}(…)\`, ${unread.what}, is returned without \`await\`: ${HOLD} (its pool work a second checkout)`;
  }
  return null;
}
