// A pool chosen at run time from a registry the file keeps: `pools.get(tenantId).connect()` (a Map of pools, one per
// tenant or database, filled lazily), `pools[name].connect()` / `pools.analytics.connect()` (an object literal of
// pools, one per database), `shards[hash(id) % shards.length].connect()` (an array of pools built at start-up). The
// registry is a variable of this file never assigned again; its value is a pool only when every value the file puts in it is a pg pool —
// `new Pool(…)` (pg's), a variable holding one by its construction, a function of the file returning only new pools
// (pool-factories.ts), or what the registry itself already holds (`cache.get(host) ?? new Pool(…)`) — and it puts at
// least one. Names are no evidence here: a Map of redis, MongoDB or generic-pool clients has the same shape. Every
// reference to the registry must be a read or a write the file shows: a bare use (passed to a function, exported,
// aliased) lets code elsewhere put anything in, and the registry is left unread.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { classFieldRegistry, privateClassField } from "./class-field-registries.js";
import { isPoolFactoryCall } from "./pool-factories.js";
import { isPoolConstruction } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** The methods of a Map that read it or take entries out, none of which puts a value in. */
const READING_METHODS = new Set(["get", "has", "delete", "keys", "values", "entries", "forEach", "clear", "map", "filter", "find", "some", "every", "at", "indexOf", "includes", "slice"]);
/** The reading methods that call back with the registry itself as third argument. */
const CALLBACK_METHODS = new Set(["forEach", "map", "filter", "find", "some", "every"]);
/** The methods that put values in a Map or an array: what they put is read like an initialiser's values. */
const PUTTING_METHODS = new Set(["set", "push", "unshift", "splice"]);
/** The assignments that put their right side or keep the value there: a lazy put. */
const LOGICAL_ASSIGNMENTS = new Set(["??=", "||=", "&&="]);
/** The members of a Map or an array that are values, not methods. */
const READ_MEMBERS = new Set(["size", "length"]);

/** Per file: which registries hold only pools. */
export class PoolRegistries {
  /** Keyed by the registry's variable, or by the declaration of a class's private field (class-field-registries.ts). */
  private readonly known = new Map<object, boolean>();
  /** The registries answered while an outer one is still assumed to hold only pools: their answers may lean on it. */
  private leaning: object[] | null = null;

  constructor(private readonly sourceCode: SourceCode) {}

  /**
   * Whether the expression is a value taken out of a registry of pools: `r.get(k)`, `r[k]`, `r.name` (an object
   * registry's property), `r.at(i)`.
   */
  isPool(expression: TSESTree.Node): boolean {
    const node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.CallExpression && !node.optional) {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || node.arguments.length !== 1) return false;
      const method = memberPropertyName(callee);
      return (method === "get" || method === "at") && this.registryOfPools(callee.object);
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = node.computed ? null : memberPropertyName(node);
      if (name !== null && (READING_METHODS.has(name) || PUTTING_METHODS.has(name) || READ_MEMBERS.has(name))) return false;
      return this.registryOfPools(node.object);
    }
    return false;
  }

  /**
   * `registry` names a variable of the file, never assigned again, or a private field of the enclosing class
   * (`this.pools`, `this.#pools`), whose every value is a pg pool.
   */
  private registryOfPools(registry: TSESTree.Node): boolean {
    const node = unwrapExpression(registry);
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const field = privateClassField(node);
      return field !== null && this.answer(field, () => this.fieldHoldsOnlyPools(field));
    }
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.sourceCode.getScope(node), node);
    return variable !== null && variable !== undefined && this.answer(variable, () => this.holdsOnlyPools(variable));
  }

  /** The registry's answer, read once; while it is read, it is assumed to hold only pools. */
  private answer(key: object, read: () => boolean): boolean {
    const known = this.known.get(key);
    if (known !== undefined) return known;
    // While the registry is read, a value taken out of it again (`cache.get(host) ?? new Pool(…)`) is one it holds.
    this.known.set(key, true);
    const outer = this.leaning;
    this.leaning = [];
    const answer = read();
    const leaning = this.leaning;
    this.leaning = outer;
    // A registry answered while this one was assumed to hold only pools (`b.set(k, a.get(j))` read inside `a`'s
    // reading) may have leaned on that assumption: when it fails, those answers are forgotten and read again.
    if (!answer) for (const other of leaning) this.known.delete(other);
    else outer?.push(...leaning);
    this.known.set(key, answer);
    outer?.push(key);
    return answer;
  }

  /** A class's private field: every container put in it holds only pools, and every other access reads or puts pools. */
  private fieldHoldsOnlyPools(field: TSESTree.PropertyDefinition): boolean {
    const registry = classFieldRegistry(field, this.sourceCode);
    if (!registry) return false;
    const values: TSESTree.Node[] = [];
    if (!registry.containers.every((container) => this.initialValues(container, values))) return false;
    if (!registry.accesses.every((access) => this.readOrPut(access, values))) return false;
    return values.length > 0 && values.every((value) => this.isPoolValue(value));
  }

  private holdsOnlyPools(variable: Variable): boolean {
    if (variable.defs.length !== 1) return false;
    const declarator = variable.defs[0]!.node;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return false;
    // `export const pools = new Map()`: another module may put anything in it, as with `module.exports = { pools }`.
    if (declarator.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
    const values: TSESTree.Node[] = [];
    if (!this.initialValues(declarator.init, values)) return false;
    for (const reference of variable.references) {
      if (reference.init) continue;
      // `pools = other` is a write of the variable itself, no member of it: readOrPut refuses it like a bare use.
      if (!this.readOrPut(reference.identifier, values)) return false;
    }
    return values.length > 0 && values.every((value) => this.isPoolValue(value));
  }

  /** The values the initialiser puts in: `new Map()`, `new Map([[k, v], …])`, `{ a: v, … }`, `[v, …]`, `[…].map(() => v)`. */
  private initialValues(init: TSESTree.Expression, values: TSESTree.Node[]): boolean {
    const node = unwrapExpression(init);
    if (node.type === AST_NODE_TYPES.NewExpression) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== "Map") return false;
      if (node.arguments.length === 0) return true;
      const entries = node.arguments.length === 1 ? unwrapExpression(node.arguments[0]!) : null;
      if (entries?.type !== AST_NODE_TYPES.ArrayExpression) return false;
      for (const entry of entries.elements) {
        const pair = entry ? unwrapExpression(entry) : null;
        if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2 || !pair.elements[1]) return false;
        if (pair.elements[1].type === AST_NODE_TYPES.SpreadElement) return false;
        values.push(pair.elements[1]);
      }
      return true;
    }
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.kind !== "init" || property.method) return false;
        values.push(property.value);
      }
      return true;
    }
    if (node.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of node.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) return false;
        values.push(element);
      }
      return true;
    }
    // `[1, 2, 3].map((i) => new Pool({ … }))`: the callback's expression body is every value.
    if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1) {
      const callee = unwrapExpression(node.callee);
      const callback = unwrapExpression(node.arguments[0]!);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "map") return false;
      if (unwrapExpression(callee.object).type !== AST_NODE_TYPES.ArrayExpression) return false;
      if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression || callback.body.type === AST_NODE_TYPES.BlockStatement) return false;
      values.push(callback.body);
      return true;
    }
    return false;
  }

  /**
   * A reference that reads the registry (`r.get(k)`, `r[k]`, `r.size`, `for (const p of r.values())`) or puts a value
   * the file shows in it (`r.set(k, v)`, `r[k] = v`, `r.name = v`). Anything else leaves it unread.
   */
  private readOrPut(registry: TSESTree.Node, values: TSESTree.Node[]): boolean {
    const member = parentSkippingWrappers(registry);
    // `type Db = keyof typeof pools`: a type read from the registry puts nothing in it.
    if (member?.type === AST_NODE_TYPES.TSTypeQuery) return true;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== registry) return false;
    const holder = parentSkippingWrappers(member);
    const name = member.computed ? null : memberPropertyName(member);
    if (holder?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(holder.callee) === member) {
      if (name !== null && PUTTING_METHODS.has(name)) {
        const put = name === "set" ? holder.arguments.slice(1) : name === "splice" ? holder.arguments.slice(2) : holder.arguments;
        if ((name === "set" && holder.arguments.length !== 2) || put.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
        values.push(...put);
        // A Map's `set` gives the Map back: `pools.set(a, p).set(b, v)`, `return pools.set(k, p)` hand it on.
        return name !== "set" || discarded(holder) || this.readOrPut(holder, values);
      }
      if (name === null || !READING_METHODS.has(name)) return false;
      return !CALLBACK_METHODS.has(name) || holder.arguments.every((argument) => this.keepsRegistryAway(argument));
    }
    // `const put = r.set.bind(r)`: a method that puts values, taken away from the call that would show them.
    if (name !== null && PUTTING_METHODS.has(name)) return false;
    if (holder?.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(holder.left) === member) {
      // `r[k] ??= new Pool(…)` (or `||=`, `&&=`) puts its right side or keeps what is there.
      if (holder.operator !== "=" && !LOGICAL_ASSIGNMENTS.has(holder.operator)) return false;
      values.push(holder.right);
      return true;
    }
    if (holder?.type === AST_NODE_TYPES.UpdateExpression) return false;
    // `delete r[k]`, `typeof r.x`: nothing is put in.
    if (holder?.type === AST_NODE_TYPES.UnaryExpression) return true;
    // A destructuring or loop target (`[r[0]] = …`, `({ a: r.a } = …)`, `for (r.x of …)`): a write the file does not show.
    if (holder?.type === AST_NODE_TYPES.ArrayPattern || holder?.type === AST_NODE_TYPES.RestElement) return false;
    if (holder?.type === AST_NODE_TYPES.AssignmentPattern && (holder.left as TSESTree.Node) === member) return false;
    if (holder?.type === AST_NODE_TYPES.Property && holder.value === member && holder.parent?.type === AST_NODE_TYPES.ObjectPattern) return false;
    if ((holder?.type === AST_NODE_TYPES.ForOfStatement || holder?.type === AST_NODE_TYPES.ForInStatement) && holder.left === member) return false;
    // A plain read of a member (`r.analytics`, `r[k]`, `r.size`), whatever is done with its value.
    return true;
  }

  /**
   * An argument of a method calling back (`forEach`, `map`…) that cannot reach the registry through it: no callback
   * of three parameters or more, a rest or `arguments` (`pools.forEach((pool, key, map) => map.set(key, other))`: the
   * third is the registry), nor a function known only by its name.
   */
  private keepsRegistryAway(argument: TSESTree.Node): boolean {
    const node = unwrapExpression(argument);
    if (node.type === AST_NODE_TYPES.ArrowFunctionExpression) return node.params.length < 3 && node.params.every((param) => param.type !== AST_NODE_TYPES.RestElement);
    if (node.type === AST_NODE_TYPES.FunctionExpression) {
      const readsArguments = (this.sourceCode.getScope(node).set.get("arguments")?.references.length ?? 0) > 0;
      return node.params.length < 3 && node.params.every((param) => param.type !== AST_NODE_TYPES.RestElement) && !readsArguments;
    }
    return node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression && node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.SpreadElement;
  }

  /** A value put in the registry is a pg pool by its construction, or is taken out of the same kind of registry. */
  private isPoolValue(value: TSESTree.Node, depth = 0): boolean {
    const node = unwrapExpression(value);
    if (isPoolConstruction(node, this.sourceCode) || isPoolFactoryCall(node, this.sourceCode)) return true;
    if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === "??" || node.operator === "||")) {
      return this.isPoolValue(node.left, depth) && this.isPoolValue(node.right, depth);
    }
    if (node.type === AST_NODE_TYPES.ConditionalExpression) return this.isPoolValue(node.consequent, depth) && this.isPoolValue(node.alternate, depth);
    if (this.isPool(node)) return true;
    if (node.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
    // `const pool = new Pool(…); pools.set(id, pool)`: a variable every write of which gives a value of these kinds.
    // Each write must give the variable that value itself: not a parameter's default (`(id, pool = new Pool()) => …`:
    // the caller passes anything), a pattern's or a loop's (`const { options } = makePool()`, `for (const p of list)`),
    // whose write expression is the whole right side.
    const variable = findVariable(this.sourceCode.getScope(node), node);
    if (!variable) return false;
    const writes = variable.references.filter((reference) => reference.writeExpr);
    return writes.length > 0 && writes.every((reference) => wholeWrite(reference) && this.isPoolValue(reference.writeExpr!, depth + 1));
  }
}

/**
 * The Map a `set` call gives back goes nowhere: the call is a statement, or the expression body of an arrow that is
 * `forEach`'s callback (`ids.forEach((id) => pools.set(id, new Pool(…)))`: forEach drops what its callback returns).
 */
function discarded(call: TSESTree.CallExpression): boolean {
  const parent = parentSkippingWrappers(call);
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return true;
  if (parent?.type !== AST_NODE_TYPES.ArrowFunctionExpression || unwrapExpression(parent.body) !== call) return false;
  const visit = parentSkippingWrappers(parent);
  return visit?.type === AST_NODE_TYPES.CallExpression && visit.arguments[0] === parent && methodCall(visit)?.name === "forEach";
}

/** The write gives the variable its whole right side: `x = v` or `let x = v`, never `[x] = v`, `{ x } = v` or `for (x of v)`. */
function wholeWrite(reference: TSESLint.Scope.Reference): boolean {
  const parent = reference.identifier.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) return parent.id === reference.identifier && parent.init === reference.writeExpr;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && parent.left === reference.identifier && parent.right === reference.writeExpr;
}
