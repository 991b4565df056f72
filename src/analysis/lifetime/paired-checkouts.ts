// A function of the same file that gives its caller the checkout together with the function that gives it back:
// `return { client, release }` after `const client = await pool.connect(); const release = () => { …;
// client.release(); }` (Teja-sudo/postgres-mcp-server's acquireCachedPoolClient), or a promise resolved with `{
// client, done: () => { …; done(); } }` from inside `pool.connect((err, client, done) => …)` (langpavel/node-pg-async's
// getClient). Wherever it is awaited into a destructuring of both, `const { client, done } = await this.getClient()`,
// that caller holds a pool client, and a call of the destructured release function gives it back (as `done` does in
// callback style). Only a function whose every return (or every resolve) is that pair qualifies, and only a pair whose
// release function calls the release unconditionally: the shape of the code, never the names. Called as the file's
// function (`getClient()`), or as a method of the same class (`this.getClient()`). The pair may be a tuple too,
// `return [client, release]` destructured as `const [pgClient, release] = await getClient()` (devotis/bouquet's
// getClient): the same reading by position.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { codePathOwner, enclosingClassBody, memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { callsNamed, ownReturns } from "../text-search.js";
import type { Acquisition } from "./acquisition.js";
import { functionVariable } from "./helper-checkouts.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** The keys a pair function gives the client and its release function under (positions, for a tuple). */
interface PairKeys {
  client: string;
  release: string;
  tuple: boolean;
}

/** For the checkouts found in the file, the awaited calls of the file's pair functions, each as a checkout of its own. */
export function pairedCheckouts(acquisitions: readonly Acquisition[], sourceCode: SourceCode): Acquisition[] {
  const found: Acquisition[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const acquisition of acquisitions) {
    const pair = pairFunction(acquisition, sourceCode);
    if (!pair || seen.has(pair.fn)) continue;
    seen.add(pair.fn);
    for (const call of callsOf(pair.fn, sourceCode)) {
      const checkout = destructuredCheckout(call, pair.keys, acquisition.pool, sourceCode);
      if (checkout) found.push(checkout);
    }
  }
  return found;
}

/** The function that hands `acquisition`'s checkout out paired with its release, and the keys of the pair. */
function pairFunction(acquisition: Acquisition, sourceCode: SourceCode): { fn: FunctionNode; keys: PairKeys } | null {
  const client = acquisition.client;
  if (!client) return null;
  if (acquisition.style === "await" && acquisition.target === "variable") {
    // Only a client written as a property's value (`{ client, release }`) or a tuple's element can be returned in a
    // pair: a look at its few references before any reading of the function's returns.
    // (`[client!, release]`, `{ client: client as PoolClient }`: through TS wrappers).
    const inPair = (parent: TSESTree.Node | undefined) => parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.ArrayExpression;
    if (!client.references.some((reference) => inPair(parentSkippingWrappers(reference.identifier as TSESTree.Node)))) return null;
    const fn = codePathOwner(acquisition.call);
    if (!isFunction(fn) || fn.body?.type !== AST_NODE_TYPES.BlockStatement) return null;
    const keys = sameKeys(ownReturns(sourceCode, fn as FunctionNode & { body: TSESTree.BlockStatement }).map((node) => node.argument), (value) =>
      pairKeys(value, client, (call) => releasesClient(call, client.name), fn),
    );
    return keys ? { fn: fn as FunctionNode, keys } : null;
  }
  // Callback style: the callback resolves the promise its enclosing function returns.
  const done = acquisition.releaseFunction;
  if (acquisition.style !== "callback" || !done) return null;
  const executor = codePathOwner(acquisition.call);
  const promise = executor.parent;
  if (!isFunction(executor) || promise?.type !== AST_NODE_TYPES.NewExpression || promise.arguments[0] !== executor) return null;
  if (unwrapExpression(promise.callee).type !== AST_NODE_TYPES.Identifier || (promise.callee as TSESTree.Identifier).name !== "Promise") return null;
  const resolve = executor.params[0];
  const resolveVariable = resolve?.type === AST_NODE_TYPES.Identifier ? sourceCode.getDeclaredVariables(executor).find((v) => v.name === resolve.name) : undefined;
  const fn = codePathOwner(promise);
  if (!resolveVariable || !isFunction(fn) || !returnsOnly(fn, promise, sourceCode)) return null;
  const resolved = resolveVariable.references.map((reference) => {
    const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === reference.identifier ? call.arguments[0] : undefined;
  });
  const keys = sameKeys(resolved, (value) => pairKeys(value, client, (call) => callsVariable(call, done), acquisition.owner));
  return keys ? { fn: fn as FunctionNode, keys } : null;
}

/** Every value is a pair with the same keys (at least one value); null otherwise. */
function sameKeys(values: readonly (TSESTree.Node | null | undefined)[], keysOf: (value: TSESTree.Node) => PairKeys | null): PairKeys | null {
  let keys: PairKeys | null = null;
  // A tuple only when every value is one: an object with keys "0" and "1" is no iterable to destructure.
  let tuple = true;
  for (const value of values) {
    const current = value ? keysOf(value) : null;
    if (!current || (keys && (keys.client !== current.client || keys.release !== current.release))) return null;
    keys = current;
    tuple &&= current.tuple;
  }
  return keys && { ...keys, tuple };
}

/**
 * `{ client, release }` (or `{ conn: client, done: () => … }`): one property whose value is the client, one whose
 * value is a function (inline, or a `const` of `scope`) that releases it unconditionally; other properties may follow.
 */
function pairKeys(node: TSESTree.Node, client: Variable, isRelease: (call: TSESTree.CallExpression) => boolean, scope: TSESTree.Node): PairKeys | null {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ArrayExpression) return tupleKeys(value, client, isRelease, scope);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let clientKey: string | null = null;
  let releaseKey: string | null = null;
  for (const property of value.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init") continue;
    const key = staticKeyName(property.key);
    const propertyValue = unwrapExpression(property.value);
    if (key === null) continue;
    if (propertyValue.type === AST_NODE_TYPES.Identifier && isReferenceTo(propertyValue, client)) clientKey = key;
    else if (releaserOf(propertyValue, scope, isRelease)) releaseKey = key;
  }
  return clientKey !== null && releaseKey !== null ? { client: clientKey, release: releaseKey, tuple: false } : null;
}

/** `[client, release]`: the positions of the client and of its release function, up to the first spread element. */
function tupleKeys(
  value: TSESTree.ArrayExpression,
  client: Variable,
  isRelease: (call: TSESTree.CallExpression) => boolean,
  scope: TSESTree.Node,
): PairKeys | null {
  let clientKey: string | null = null;
  let releaseKey: string | null = null;
  for (const [index, element] of value.elements.entries()) {
    if (element?.type === AST_NODE_TYPES.SpreadElement) break;
    const item = element ? unwrapExpression(element) : null;
    if (!item) continue;
    if (item.type === AST_NODE_TYPES.Identifier && isReferenceTo(item, client)) clientKey = String(index);
    else if (releaserOf(item, scope, isRelease)) releaseKey = String(index);
  }
  return clientKey !== null && releaseKey !== null ? { client: clientKey, release: releaseKey, tuple: true } : null;
}

function isReferenceTo(identifier: TSESTree.Identifier, variable: Variable): boolean {
  return variable.references.some((reference) => reference.identifier === identifier);
}

/** A function whose body makes a release call as one of its own statements (not under a condition), or a `const` of one. */
function releaserOf(node: TSESTree.Node, scope: TSESTree.Node, isRelease: (call: TSESTree.CallExpression) => boolean): boolean {
  let fn: TSESTree.Node = node;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const declarator = constDeclaratorIn(scope, node.name);
    if (!declarator?.init) return false;
    fn = unwrapExpression(declarator.init);
  }
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const body = unwrapExpression(fn.body);
    return body.type === AST_NODE_TYPES.CallExpression && isRelease(body);
  }
  return fn.body.body.some((statement) => {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? unwrapExpression(statement.expression) : null;
    return expression?.type === AST_NODE_TYPES.CallExpression && isRelease(expression);
  });
}

/** `const name = …` among the statements of `scope`'s body (the pair function's own top level). */
function constDeclaratorIn(scope: TSESTree.Node, name: string): TSESTree.VariableDeclarator | null {
  if (!isFunction(scope) || scope.body?.type !== AST_NODE_TYPES.BlockStatement) return null;
  for (const statement of scope.body.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) return declarator;
    }
  }
  return null;
}

/** `client.release(…)` on the name of the client. */
function releasesClient(call: TSESTree.CallExpression, client: string): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "release") return false;
  const object = unwrapExpression(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === client;
}

/** A call of `variable` itself (`done()`, `done(err)`). */
function callsVariable(call: TSESTree.CallExpression, variable: Variable): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && variable.references.some((reference) => reference.identifier === callee);
}

/** Every `return` of `fn` (or its expression body) gives `value`. */
function returnsOnly(fn: TSESTree.Node, value: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (!isFunction(fn) || !fn.body) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return unwrapExpression(fn.body) === value;
  const returns = ownReturns(sourceCode, fn as FunctionNode & { body: TSESTree.BlockStatement });
  return returns.length > 0 && returns.every((node) => node.argument !== null && unwrapExpression(node.argument) === value);
}

/** The calls of the pair function: by its name (a function or `const` of the file), or `this.name()` in its class. */
function callsOf(fn: FunctionNode, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const method = fn.parent;
  if (method?.type === AST_NODE_TYPES.MethodDefinition) {
    if (method.static || method.computed || method.kind !== "method") return [];
    const name = staticKeyName(method.key);
    const body = method.parent;
    if (name === null) return [];
    return callsNamed(sourceCode, name).filter((call) => {
      const callee = unwrapExpression(call.callee) as TSESTree.MemberExpression;
      return unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression && enclosingClassBody(callee.object) === body;
    });
  }
  const variable = functionVariable(fn, sourceCode);
  if (!variable) return [];
  return variable.references.flatMap((reference) => {
    const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === reference.identifier ? [call] : [];
  });
}

/**
 * The names a destructuring binds, by key: an object pattern's (`{ 0: c, 1: r }` reads a tuple too), or by position
 * an array pattern's, for a tuple only; null for another pattern.
 */
function boundNames(pattern: TSESTree.Node, tuple: boolean): Map<string, string> | null {
  const bound = new Map<string, string>();
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
    if (!tuple) return null;
    for (const [index, element] of pattern.elements.entries()) {
      if (element?.type === AST_NODE_TYPES.Identifier) bound.set(String(index), element.name);
    }
    return bound;
  }
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    // `{ 0: c }` names the key "0" as `{ "0": c }` does.
    const key = property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === "number" ? String(property.key.value) : staticKeyName(property.key);
    if (key !== null && property.value.type === AST_NODE_TYPES.Identifier) bound.set(key, property.value.name);
  }
  return bound;
}

/** `const { client, done } = await pair()`: the checkout it holds, with the destructured release function. */
function destructuredCheckout(call: TSESTree.CallExpression, keys: PairKeys, pool: TSESTree.Node, sourceCode: SourceCode): Acquisition | null {
  const awaited = parentSkippingWrappers(call);
  const declarator = awaited?.type === AST_NODE_TYPES.AwaitExpression ? parentSkippingWrappers(awaited) : null;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || unwrapExpression(declarator.init) !== awaited) return null;
  if (declarator.parent.kind !== "const" && declarator.parent.kind !== "let") return null;
  const bound = boundNames(declarator.id, keys.tuple);
  if (!bound) return null;
  const variables = sourceCode.getDeclaredVariables(declarator);
  const client = variables.find((variable) => variable.name === bound.get(keys.client));
  const releaseFunction = variables.find((variable) => variable.name === bound.get(keys.release));
  if (!client || !releaseFunction) return null;
  return {
    style: "await",
    call,
    pool,
    target: "variable",
    client,
    releaseFunction,
    errorParameter: null,
    owner: codePathOwner(call),
    binding: declarator,
    throughHelper: true,
  };
}
