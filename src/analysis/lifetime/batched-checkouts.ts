// Checkouts awaited together: `pending.push(pool.connect())` in a loop, then `await Promise.all(pending)`; or
// `Promise.all(items.map(() => pool.connect()))`, `Promise.all([pool.connect(), pool.connect()])`. `Promise.all`
// rejects at the first checkout that fails and drops the others: the clients already checked out are held by nobody,
// and no `catch` can get them back. (`Promise.allSettled` hands every fulfilled client over, and is not such a batch.)
// Also when each element awaits its checkout and resolves with it, bare or wrapped: `Promise.all(dbs.map(async (db) =>
// [db.name, new Session(await db.pool.connect())]))` (laminar's pgMiddleware for several databases). And the
// array of mapped generators a co coroutine yields (`yield ids.map(function* () { return yield pool.connect(); })`),
// which co awaits with `Promise.all`.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import {
  encloses,
  isFunctionNode,
  methodCall,
  parentSkippingWrappers,
  promiseStaticMethod,
  unwrapExpression,
} from "../node-shapes.js";
import { resolveIdentifier } from "../find-variable.js";
import { enclosingFunction, someNodeBelow } from "../ast-walk.js";
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Array methods whose callback's results become the array's elements (flatMap's too: a promise is no array to flatten). */
const MAPPING_METHODS = new Set(["map", "flatMap", "from"]);

/** The `Promise.all(…)` call that collects the bare checkout promise `connect`, or null. */
export function promiseAllCollecting(connect: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const parent = parentSkippingWrappers(connect);
  if (!parent) return null;
  // `[pool.connect(), pool.connect()]` as Promise.all's argument
  if (parent.type === AST_NODE_TYPES.ArrayExpression) return promiseAllOf(parent);
  // `() => pool.connect()` / `function () { return pool.connect(); }` mapped into the array Promise.all gets
  const fn =
    parent.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === connect
      ? parent
      : parent.type === AST_NODE_TYPES.ReturnStatement
        ? returningFunction(parent)
        : null;
  if (fn) return mappedIntoPromiseAll(fn);
  // `pending.push(pool.connect())`, with `pending` a local array only pushed to and handed to Promise.all
  if (parent.type !== AST_NODE_TYPES.CallExpression || methodCall(parent)?.name !== "push") return null;
  if (!parent.arguments.some((argument) => unwrapExpression(argument) === connect)) return null;
  const array = unwrapExpression((unwrapExpression(parent.callee) as TSESTree.MemberExpression).object);
  if (array.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolveIdentifier(sourceCode, array);
  const declarator = variable?.defs.length === 1 ? variable.defs[0]!.node : null;
  if (!variable || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  let collected: TSESTree.CallExpression | null = null;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (reference.init || identifier === array) continue;
    const use = parentSkippingWrappers(identifier);
    if (use?.type === AST_NODE_TYPES.MemberExpression && use.object === identifier && isPushCall(use)) continue;
    const all = use && isPromiseAll(use) && use.arguments.length === 1 ? use : null;
    // Read anywhere else (returned, stored, settled one by one): someone else may hold the promises.
    if (!all || collected) return null;
    collected = all;
  }
  return collected;
}

/**
 * The `Promise.all(…)` whose mapped async callback resolves with the awaited checkout `awaited` — its whole result,
 * or an element, property value or constructor argument of it, nested as deep as need be — or null. Such an element
 * holds its client only until Promise.all sees another element reject: then nobody reads the fulfilled ones. For a
 * mapped generator's `yield pool.connect()`, the co batch that runs it (yieldedBatchOf).
 */
export function promiseAllResolvingAwaited(awaited: TSESTree.Node): TSESTree.CallExpression | TSESTree.YieldExpression | null {
  const { node, parent } = resolvedValue(awaited);
  const fn =
    parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === node
      ? parent
      : parent?.type === AST_NODE_TYPES.ReturnStatement && parent.argument && unwrapExpression(parent.argument) === node
        ? returningFunction(parent)
        : null;
  if (fn?.async) return mappedIntoPromiseAll(fn);
  // A mapped generator makes iterators and runs nothing under Promise.all; only co runs them (see yieldedBatchOf).
  return fn?.generator === true && awaited.type === AST_NODE_TYPES.YieldExpression ? yieldedBatchOf(fn) : null;
}

/**
 * The `yield xs.map(function* (…) { … })` whose mapped generator is `fn`, yielded by a generator (read as run by co,
 * as its `yield` is read as an await: isGeneratorAwait): co resolves a yielded array with `Promise.all` over its
 * elements and runs each generator object as a coroutine of its own, so the array's checkouts are a batch that
 * rejects at the first failure, exactly as `Promise.all(xs.map(async …))`. Anything else (a delegating `yield*`, the
 * array kept in a variable first, `Promise.all` around it, which runs nothing) is not followed.
 */
function yieldedBatchOf(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TSESTree.YieldExpression | null {
  const mapping = fn.parent;
  if (mapping?.type !== AST_NODE_TYPES.CallExpression || !mapping.arguments.includes(fn) || !MAPPING_METHODS.has(methodCall(mapping)?.name ?? "")) return null;
  const yielded = parentSkippingWrappers(mapping);
  if (yielded?.type !== AST_NODE_TYPES.YieldExpression || yielded.delegate || !yielded.argument || unwrapExpression(yielded.argument) !== mapping) return null;
  return yielded;
}

/**
 * The `Promise.all(…)` whose mapped async callback `owner` checks out into the variable `client` and returns it —
 * bare, or in an array, an object or a `new`, from any `return` of its own (`const c = await pool.connect(); await
 * c.query(…); return c;`) — or null; likewise the co batch a mapped generator's checkout (`const c = yield
 * pool.connect()`) returns into (yieldedBatchOf). As with the awaited checkout resolved at once, a fulfilled element
 * holds its client only until another element rejects.
 */
export function promiseAllResolvingHeld(
  client: TSESLint.Scope.Variable,
  owner: TSESTree.Node,
  checkout: TSESTree.Node,
): TSESTree.CallExpression | TSESTree.YieldExpression | null {
  if (owner.type !== AST_NODE_TYPES.ArrowFunctionExpression && owner.type !== AST_NODE_TYPES.FunctionExpression) return null;
  if (!owner.async && !owner.generator) return null;
  if (owner.body.type === AST_NODE_TYPES.BlockStatement && checkoutAnsweredInPlace(checkout, owner.body)) return null;
  const returned = client.references.some((reference) => {
    const { parent } = resolvedValue(reference.identifier);
    return parent?.type === AST_NODE_TYPES.ReturnStatement && enclosingFunction(parent) === owner;
  });
  if (!returned) return null;
  return owner.async ? mappedIntoPromiseAll(owner) : yieldedBatchOf(owner);
}

/** `node`, or the array, object or `new` it is (nested as deep as need be) a value of, and that value's parent. */
function resolvedValue(start: TSESTree.Node): { node: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let node: TSESTree.Node = start;
  let parent = parentSkippingWrappers(node);
  for (;;) {
    if (parent?.type === AST_NODE_TYPES.NewExpression && parent.arguments.some((a) => unwrapExpression(a) === node)) node = parent;
    else if (parent?.type === AST_NODE_TYPES.ArrayExpression && parent.elements.some((e) => e !== null && unwrapExpression(e) === node)) node = parent;
    else if (parent?.type === AST_NODE_TYPES.Property && unwrapExpression(parent.value) === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      node = parent.parent; // TS wrappers on the value too: `{ client: (await pool.connect()) as PoolClient }`
    } else break;
    parent = parentSkippingWrappers(node);
  }
  return { node, parent };
}

/** The `Promise.all(xs.map(fn))` (or `Array.from(xs, fn)`) that collects what `fn` returns, or null. */
function mappedIntoPromiseAll(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TSESTree.CallExpression | null {
  const mapping = fn.parent;
  if (mapping?.type !== AST_NODE_TYPES.CallExpression || !mapping.arguments.includes(fn)) return null;
  const name = methodCall(mapping)?.name;
  return name !== undefined && MAPPING_METHODS.has(name) ? promiseAllOf(mapping) : null;
}

function isPushCall(member: TSESTree.MemberExpression): boolean {
  const call = parentSkippingWrappers(member);
  return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member && methodCall(call)?.name === "push";
}

/** The function a `return` statement returns from, when its whole body is that one statement. */
function returningFunction(statement: TSESTree.ReturnStatement): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | null {
  const block = statement.parent;
  const fn = block?.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement || block.body.length !== 1 || !fn || !isFunctionNode(fn)) return null;
  return fn.type === AST_NODE_TYPES.FunctionDeclaration ? null : fn;
}

/** The `Promise.all(x)` whose only argument is `x`, or null. */
function promiseAllOf(node: TSESTree.Node): TSESTree.CallExpression | null {
  const call = parentSkippingWrappers(node);
  if (!call || !isPromiseAll(call) || call.arguments.length !== 1 || unwrapExpression(call.arguments[0]!) !== node) return null;
  return call;
}

function isPromiseAll(node: TSESTree.Node): node is TSESTree.CallExpression {
  return promiseStaticMethod(node) === "all";
}

/**
 * The callback answers its own failed checkout and has nothing to reject with before it: `try { const c = await
 * pool.connect(); …; return c; } catch { return null; }` (or `let c;` first). Such an element fulfils whatever
 * happens, so no other one's rejection drops the clients it returns; any later step that could throw before the
 * return is the path analysis's to report. The checkout in a `try` of `body` whose `catch` throws nothing, and only
 * declarations with no value ahead of that `try`.
 */
function checkoutAnsweredInPlace(checkout: TSESTree.Node, body: TSESTree.BlockStatement): boolean {
  const index = body.body.findIndex((statement) => encloses(statement, checkout));
  const statement = body.body[index];
  if (statement?.type !== AST_NODE_TYPES.TryStatement || !statement.handler || !encloses(statement.block, checkout)) return false;
  if (someNodeBelow([statement.handler.body], (node) => (isFunctionNode(node) ? "skip" : node.type === AST_NODE_TYPES.ThrowStatement))) return false;
  return body.body
    .slice(0, index)
    .every((before) => before.type === AST_NODE_TYPES.VariableDeclaration && before.declarations.every((declarator) => declarator.init === null));
}
