// `return load(id);` in held code, un-awaited, where `load` is an async function of the file: the original's
// `finally` gave the client back as `load` started, and `load` ran on without it; the callback, whose returned
// promise withClient awaits, holds the client until `load` ends. When `load` uses the pool itself (a query through
// the module's `query` helper, its own checkout), that is a second client of the same pool, taken while the first
// is held: with every client held so, nothing moves. Whether it does is in another function, often through another
// module's helper (Khomurod/bot-backend's deactivateMusicAsset returns getMusicAssetById(id), which queries through
// `query` of './db', after its COMMIT; read in rewrite-u's sample), so any async function of the file is refused —
// an async method of the class too, called through `this` from another of its methods (`return this.load(id)`, or
// `this["load"](id)`), an async static method of a class of the file (`return Repo.load(id)`), and a plain function of
// the file that returns a promise all the same (review-c's probes).
// moved-code-scan.ts refuses `return pool.query(…)` written out; this is the same hold, one call away.
// The same promise may reach the callback's value through a variable: `const p = load(id); …; return p;` in the
// `try`, or `const row = load(id); client.release(); return row;`, where the fix returns `row` from the callback to
// carry it out. What withClient waits on is what `await` adopts (awaited-value.ts): `return [load(id)]` or
// `return { row: load(id) }` is handed over at once, as in the original, and is fixed.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import { enclosingClassBody, isFunctionNode, methodCall, unwrapExpression, type FunctionNode } from "../node-shapes.js";
import { awaitedParts } from "./awaited-value.js";
import { returnedValues } from "./hidden-promises.js";
import { reflectApplied, wrappedCallee } from "./wrapped-calls.js";
import { poolUse, type MovedCodeScan } from "./moved-code-scan.js";

type Source = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

// How many variables a value is followed through (`const p = load(id); const q = p; return q;`) before giving up.
const FOLLOWED_VARIABLES = 32;
const HOLD = "the original gave the client back as it started, the callback would hold the client until it ends";

/**
 * `load` for an async function of the file, `this.load` for an async method (or async arrow field) of the class —
 * also written `this["load"]` —, `Repo.load` for an async static method of a class of the file; through TS wrappers
 * and parentheses (`this.load!(id)`); with `promised` for a plain function that returns a promise all the same
 * (`function load(id) { return query(…).then(…); }`, review-c); else null.
 */
export function asyncCallee(source: Source, call: TSESTree.CallExpression, depth = 1): { name: string; promised: boolean } | null {
  const own = calleeJudged(source, unwrapExpression(call.callee), depth);
  if (own) return own;
  // Through a wrapper (wrapped-calls.ts): `(0, load)(id)`, `load.call(self, id)`, `load.bind(self)(id)`,
  // `Reflect.apply(load, self, [id])` (rewrite-y).
  const wrapped = reflectApplied(call) ?? wrappedCallee(call.callee);
  return wrapped ? calleeJudged(source, wrapped, depth) : null;
}

/** asyncCallee's reading of the function a callee names; a function written in place (`(async () => …)()`) is read too. */
function calleeJudged(source: Source, callee: TSESTree.Node, depth: number): { name: string; promised: boolean } | null {
  if (isFunctionNode(callee)) return judged(source, "(function)", callee, depth);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(source, callee);
    return judged(source, callee.name, variable ? declaredFunction(variable) : null, depth);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = callee.computed
    ? callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === "string"
      ? callee.property.value
      : null
    : callee.property.type === AST_NODE_TYPES.PrivateIdentifier
      ? `#${callee.property.name}`
      : callee.property.name;
  if (name === null) return null;
  const object = unwrapExpression(callee.object);
  const body = object.type === AST_NODE_TYPES.ThisExpression ? enclosingClassBody(callee) : object.type === AST_NODE_TYPES.Identifier ? classOf(source, object) : null;
  const member = body?.body.find(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) &&
      element.static === (object.type !== AST_NODE_TYPES.ThisExpression) &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : null) === name,
  );
  const value = member?.type === AST_NODE_TYPES.MethodDefinition || member?.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
  const shown = object.type === AST_NODE_TYPES.ThisExpression ? `this.${name}` : `${(object as TSESTree.Identifier).name}.${name}`;
  return judged(source, shown, value && isFunctionNode(value) ? value : null, depth);
}

/** The body of the class a name of the file is declared as (`class Repo { … }`), else null. */
function classOf(source: Source, name: TSESTree.Identifier): TSESTree.ClassBody | null {
  const definition = resolveIdentifier(source, name)?.defs[0];
  return definition?.type === DefinitionType.ClassName && definition.node.type === AST_NODE_TYPES.ClassDeclaration ? definition.node.body : null;
}

/** An async function, or (`depth` calls down) a plain one that returns a promise: its name as shown; else null. */
function judged(source: Source, name: string, fn: FunctionNode | null, depth: number): { name: string; promised: boolean } | null {
  if (!fn || fn.generator) return null;
  if (fn.async) return { name, promised: false };
  return depth > 0 && returnsPromise(source, fn, depth - 1) ? { name, promised: true } : null;
}

/**
 * A plain function some `return` of which (or its arrow's body) is a promise made here: `new Promise(…)`, a
 * `.then`/`.catch`/`.finally` chain, `Promise.resolve(…)` and its kin, a query, or a call of an async function of the
 * file (or of one that returns a promise, `depth` calls down). Anything else (`return { id }`, `return String(id)`)
 * is not taken for one.
 */
function returnsPromise(source: Source, fn: FunctionNode, depth: number): boolean {
  // A TS declaration (`declare function load(id): Promise<Row>;`, an overload signature) has no body to read.
  return returnedValues(fn).some((value) => {
    const node = unwrapExpression(value);
    if (node.type === AST_NODE_TYPES.NewExpression) return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === "Promise";
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const method = methodCall(node);
    if (method && (PROMISE_METHODS.has(method.name) || (method.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Promise"))) return true;
    return asyncCallee(source, node, depth) !== null;
  });
}

/**
 * Whether a function of the file gives a promise when called: async (not a generator), or a plain one returning a
 * promise made here (`function find(id) { return pool.query(…) }`, `return load(id)`) — review-32c: method-holders.ts
 * took only async ones, and fixed where such a plain function was reached through a destructuring or an alias.
 */
export function givesPromise(source: Source, fn: FunctionNode): boolean {
  if (fn.generator) return false;
  return fn.async || returnsPromise(source, fn, 0);
}

/** Methods whose call is a promise: a chain's, and a query's (pg's, and the pool helpers' that wrap it). */
const PROMISE_METHODS = new Set(["then", "catch", "finally", "query"]);

function kind(callee: { promised: boolean }): string {
  return callee.promised ? "a function that returns a promise" : "an async function";
}

/** The value a write of `variable` gives it, read whole when only part of it is written (destructuring, a loop). */
export function writtenValues(variable: Variable): Array<{ value: TSESTree.Node; whole: boolean }> {
  const values: Array<{ value: TSESTree.Node; whole: boolean }> = [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || !reference.writeExpr) continue;
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) {
      // `p += x` makes a string or a number; `p ??= load(id)` may be the promise.
      if (parent.operator === "=" || parent.operator === "??=" || parent.operator === "||=" || parent.operator === "&&=") {
        values.push({ value: parent.right, whole: false });
      }
      continue;
    }
    const direct = parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === reference.identifier;
    values.push({ value: reference.writeExpr, whole: !direct });
  }
  return values;
}

/**
 * Why a promise that the callback's value may be or wait on, reached through `names` (the variables read into the
 * value), keeps the client held longer than the original did: an async function's call, or a use of the pool.
 */
function followedReason(source: Source, variables: ReadonlyArray<Variable | null>, poolText: string): string | null {
  const seen = new Set<Variable>();
  const queue: Array<{ name: string; variable: Variable }> = [];
  const enqueue = (variable: Variable | null, shown: string): void => {
    if (variable && !seen.has(variable) && seen.size < FOLLOWED_VARIABLES) {
      seen.add(variable);
      queue.push({ name: shown, variable });
    }
  };
  for (const variable of variables) enqueue(variable, variable?.name ?? "");
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const { value, whole } of writtenValues(next.variable)) {
      const parts = awaitedParts(value, source, whole);
      for (const call of parts.calls) {
        const callee = asyncCallee(source, call);
        if (callee) return `\`${next.name}\` may be the promise of \`${callee.name}(…)\`, ${kind(callee)}, which the callback would return: ${HOLD} (its pool work a second checkout)`;
        const use = poolUse(source, call, poolText);
        if (use) return `\`${next.name}\` may be the promise of ${use.use}, which the callback would return: ${HOLD} (a second checkout of the same pool)`;
      }
      for (const identifier of parts.names) enqueue(resolveIdentifier(source, identifier), next.name);
    }
  }
  return null;
}

/** Why a call returned un-awaited keeps the callback holding the client longer than the original did, or null. */
export function returnedAsyncCallReason(source: Source, scan: MovedCodeScan, poolText: string): string | null {
  for (const call of scan.returnedCalls) {
    const callee = asyncCallee(source, call);
    if (callee) return `\`${callee.name}(…)\`, ${kind(callee)}, is returned without \`await\`: ${HOLD} (its pool work a second checkout)`;
  }
  return followedReason(source, scan.returnedNames.map((name) => resolveIdentifier(source, name)), poolText);
}

/**
 * Why the one variable the fix carries out of the callback (`const row = await withClient(…, async (c) => { …;
 * return row; })`) may hold such a promise, which withClient would then wait on with the client held, or null.
 */
export function flowOutAsyncCallReason(source: Source, variable: Variable, poolText: string): string | null {
  return followedReason(source, [variable], poolText);
}
