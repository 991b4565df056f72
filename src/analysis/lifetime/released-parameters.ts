// Whether a function of ANOTHER module gives back (or stores) a client parameter on every path of its own:
// `await executeTransaction(client, work)` with `executeTransaction` imported from "./utils" (Zehelein's
// pg-transactional-outbox), which releases its client after COMMIT and in its catch. Then the caller's duty ends at
// the call, as for a same-file helper (lifetime.ts follows those path by path with ESLint's code paths). A module read
// from disk has no code paths, so this reading is structural and deliberately narrow; anything it does not recognise
// answers "no", which leaves the call an ordinary use of the client (the caller is judged as before):
// - a statement releases the parameter: `p.release(…)` (awaited or not), `if (p) p.release()` / `if ("release" in p)
//   p.release()` (a test that holds for every pool client), or a call of a top-level function of the same module,
//   or of one it imports from another local module (read through module-pools.ts's cache), that itself releases
//   the parameter it is given (followed MAX_DEPTH deep);
// - or stores it: `this.x = p`, `held.set(key, p)`, `all.push(p)` — the store is the new owner;
// - a `try` whose `finally` releases, or whose block releases on its normal path and whose `catch` releases too, or
//   whose block's first statement releases (`try { client.release(); } catch (e) { log(e); }`, NukoAqua's
//   safelyReleaseClient: every path through it has run the release, and its catch runs only when pg refused a
//   second one);
// - an `if … else` whose two branches release;
// - an `if` whose test holds for every pool client (`if (p) { … }`, `if (typeof p !== "undefined" && p) { … } else
//   { warn(…) }`: emangor's boilerplate `rollback`) settles when its consequent does: its `else` never runs for a client;
// - an `if` whose test is false of every pool client (`if (!p) return;`, `p == null`, blockfrost-backend-ryo's
//   gracefulRelease) is passed over: a path holding a client never takes it, so it only needs its `else` to settle;
// - nothing before the release may leave the function: no `return`, and outside a `try` whose `catch` releases, no
//   `throw` and no `await` (a query, a callback: what fails in practice). A synchronous call is not taken as a throw
//   here (`ensureExtendedError(err)` in a catch, `Object.values(Level).includes(level)`): judging it would need its
//   body, and reporting the caller for it would be a guess against the function's evident intent.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberChainRoot, memberPropertyName, unwrapExpression } from "../node-shapes.js";

/** A module's top-level functions by their local name (`function f`, `const f = () => …`). */
export type ModuleFunctions = ReadonlyMap<string, TSESTree.FunctionLike>;

const MAX_DEPTH = 3;
const STORING_METHODS = new Set(["set", "push", "add", "unshift"]);

/** Whether the function a module imports as `local` releases (or stores) its parameter `index` on every path. */
export type ImportedReleases = (local: string, index: number) => boolean;

interface Reading {
  functions: ModuleFunctions;
  imported: ImportedReleases;
  depth: number;
  /** Functions being read up the chain: a recursion answers "no". */
  visiting: Set<TSESTree.Node>;
  /**
   * Only a release settles the parameter (givenBackParameters): not a store, nor a release in a `try` whose `catch`
   * swallows pg's refusal of a second one (blockfrost-backend-ryo's gracefulRelease, made to be called twice).
   */
  givenBackOnly: boolean;
}

/** The indexes of `fn`'s parameters it releases or stores on every path. */
export function releasedParameters(fn: TSESTree.FunctionLike, functions: ModuleFunctions, imported: ImportedReleases): Set<number> {
  const released = new Set<number>();
  fn.params.forEach((_, index) => {
    if (releasesParameter(fn, index, { functions, imported, depth: 0, visiting: new Set(), givenBackOnly: false })) released.add(index);
  });
  return released;
}

/**
 * Of `released` (releasedParameters), the indexes of the parameters `fn` gives back to the pool on every path, a store
 * settling none of them (`imported` answers the same of another module's functions): for the caller such a call is a
 * release, not a hand-over to a new owner, so the client is no longer its to use or to release again
 * (giorgosph/givy-backend's `const end = async (client) => { await client.release(); … }`, called twice).
 */
export function givenBackParameters(fn: TSESTree.FunctionLike, functions: ModuleFunctions, imported: ImportedReleases, released: ReadonlySet<number>): Set<number> {
  const givenBack = new Set<number>();
  for (const index of released) {
    if (releasesParameter(fn, index, { functions, imported, depth: 0, visiting: new Set(), givenBackOnly: true })) givenBack.add(index);
  }
  return givenBack;
}

/**
 * The indexes of `fn`'s parameters it releases (or stores) on its normal path only, after work of its own that may
 * throw first: `const commit = async (client) => { await client.query("COMMIT"); await end(client); }`
 * (giorgosph/givy-backend's transaction helpers). For the caller such a call is a release that the call's own failure
 * skips, as `await client.query("COMMIT"); client.release();` would be. `released`: the parameters it releases on
 * every path (releasedParameters), which are hand-overs, not these.
 */
export function releasedAfterWork(fn: TSESTree.FunctionLike, functions: ModuleFunctions, imported: ImportedReleases, released: ReadonlySet<number>): Set<number> {
  const afterWork = new Set<number>();
  fn.params.forEach((_, index) => {
    if (released.has(index)) return;
    if (releasesParameter(fn, index, { functions, imported, depth: 0, visiting: new Set(), givenBackOnly: false }, true)) afterWork.add(index);
  });
  return afterWork;
}

/** `caught`: a throw or a rejected `await` before the release is allowed (releasedAfterWork); only a `return` escapes. */
function releasesParameter(fn: TSESTree.FunctionLike, index: number, reading: Reading, caught = false): boolean {
  if (reading.depth > MAX_DEPTH || reading.visiting.has(fn) || !fn.body) return false;
  let param: TSESTree.Node | undefined = fn.params[index];
  if (param?.type === AST_NODE_TYPES.AssignmentPattern) param = param.left;
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  reading.visiting.add(fn);
  try {
    const statements: readonly TSESTree.Node[] =
      fn.body.type === AST_NODE_TYPES.BlockStatement ? fn.body.body : [{ type: AST_NODE_TYPES.ExpressionStatement, expression: fn.body } as TSESTree.Node];
    return settles(statements, param.name, reading, caught);
  } finally {
    reading.visiting.delete(fn);
  }
}

/**
 * The statements reach a release (or store) of `name` on every path. `caught`: a throw here lands in a `catch` that
 * releases, so only a `return` before the release escapes.
 */
function settles(statements: readonly TSESTree.Node[], name: string, reading: Reading, caught: boolean): boolean {
  for (const statement of statements) {
    if (releases(statement, name, reading) || (!reading.givenBackOnly && stores(statement, name))) return true;
    // `if (!p) return;`: the branch runs only without a client (a pool client is never falsy or nullish), so a path
    // holding one goes past it, or through its `else`.
    if (statement.type === AST_NODE_TYPES.IfStatement && excludesClient(statement.test, name)) {
      if (statement.alternate && settles([statement.alternate], name, reading, caught)) return true;
      if (statement.alternate && escapes(statement.alternate, caught)) return false;
      continue;
    }
    // `if (typeof p !== "undefined" && p) { try { … } finally { p.release(); } } else { warn(…) }` (emangor's
    // boilerplate `rollback`): a path holding a client always takes the consequent, never the `else`.
    if (statement.type === AST_NODE_TYPES.IfStatement && guardsClient(statement.test, name)) {
      if (settles([statement.consequent], name, reading, caught)) return true;
      if (escapes(statement.consequent, caught)) return false;
      continue;
    }
    if (statement.type === AST_NODE_TYPES.BlockStatement && settles(statement.body, name, reading, caught)) return true;
    if (statement.type === AST_NODE_TYPES.TryStatement) {
      const first = statement.block.body[0];
      if (first && !reading.givenBackOnly && releases(first, name, reading)) return true;
      if (statement.finalizer && settles(statement.finalizer.body, name, reading, false)) return true;
      if (statement.handler && settles(statement.block.body, name, reading, true) && settles(statement.handler.body.body, name, reading, caught)) {
        return true;
      }
    }
    if (
      statement.type === AST_NODE_TYPES.IfStatement &&
      statement.alternate &&
      !escapes(statement.test, caught) &&
      settles([statement.consequent], name, reading, caught) &&
      settles([statement.alternate], name, reading, caught)
    ) {
      return true;
    }
    if (escapes(statement, caught)) return false;
  }
  return false;
}

/** Whether `node` may leave the function before the statements after it run. */
function escapes(node: TSESTree.Node, caught: boolean): boolean {
  if (node.type === AST_NODE_TYPES.TryStatement) {
    return (
      escapes(node.block, caught || node.handler !== null) ||
      (node.handler !== null && escapes(node.handler.body, caught)) ||
      (node.finalizer !== null && escapes(node.finalizer, caught))
    );
  }
  return someNodeBelow([node], (child) => {
    if (isFunction(child)) return "skip"; // declared, not run here
    if (child !== node && child.type === AST_NODE_TYPES.TryStatement) return escapes(child, caught) || "skip";
    switch (child.type) {
      case AST_NODE_TYPES.ReturnStatement:
        return true;
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
        return !caught;
      default:
        return false;
    }
  });
}

function isIdentifier(node: TSESTree.Node, name: string): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.Identifier && value.name === name;
}

/** The call an expression statement makes (`f(x)`, `await f(x)`), else null. */
function statementCall(statement: TSESTree.Node): TSESTree.CallExpression | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  let expression = unwrapExpression(statement.expression);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrapExpression(expression.argument);
  return expression.type === AST_NODE_TYPES.CallExpression ? expression : null;
}

/** `p.release(…)`, a guarded one, or a call of a module function that releases the parameter it is given. */
function releases(statement: TSESTree.Node, name: string, reading: Reading): boolean {
  if (statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && guardsClient(statement.test, name)) {
    const consequent = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body : [statement.consequent];
    return consequent.length === 1 && releases(consequent[0]!, name, reading);
  }
  const call = statementCall(statement);
  if (!call) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberPropertyName(callee) === "release" && isIdentifier(callee.object, name);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const helper = reading.functions.get(callee.name);
  const index = call.arguments.findIndex((argument) => isIdentifier(argument, name));
  if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return false;
  if (!helper) return reading.imported(callee.name, index);
  return releasesParameter(helper, index, { ...reading, depth: reading.depth + 1 });
}

/**
 * `p`, `p != null`, `typeof p !== "undefined"`, `"release" in p`, `p.release`, `typeof p.release === "function"`,
 * `typeof p === "object"`, and an `&&` of such tests: true of every pool client.
 */
function guardsClient(test: TSESTree.Node, name: string): boolean {
  const value = unwrapExpression(test);
  if (isIdentifier(value, name)) return true;
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator === "&&") {
    return guardsClient(value.left, name) && guardsClient(value.right, name);
  }
  if (value.type === AST_NODE_TYPES.MemberExpression) return memberPropertyName(value) === "release" && isIdentifier(value.object, name);
  if (value.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (value.operator === "in") {
    return value.left.type === AST_NODE_TYPES.Literal && value.left.value === "release" && isIdentifier(value.right, name);
  }
  if (value.operator === "!=" || value.operator === "!==") {
    // `typeof p !== "undefined"`: a client is defined.
    const left = unwrapExpression(value.left);
    if (left.type === AST_NODE_TYPES.UnaryExpression && left.operator === "typeof" && value.right.type === AST_NODE_TYPES.Literal) {
      return value.right.value === "undefined" && isIdentifier(left.argument, name);
    }
    const other = isIdentifier(value.left, name) ? value.right : isIdentifier(value.right, name) ? value.left : null;
    return other !== null && ((other.type === AST_NODE_TYPES.Literal && other.value === null) || isIdentifier(other, "undefined"));
  }
  if (value.operator === "===" || value.operator === "==") {
    const left = unwrapExpression(value.left);
    if (left.type !== AST_NODE_TYPES.UnaryExpression || left.operator !== "typeof" || value.right.type !== AST_NODE_TYPES.Literal) return false;
    // `typeof p === "object"` (a client is an object), `typeof p.release === "function"` (its release is a method).
    if (value.right.value === "object") return isIdentifier(left.argument, name);
    const tested = unwrapExpression(left.argument);
    return value.right.value === "function" && tested.type === AST_NODE_TYPES.MemberExpression && guardsClient(tested, name);
  }
  return false;
}

/** `!p`, `p == null`, `p === undefined`, `!p.release`: false of every pool client (the negation of guardsClient). */
function excludesClient(test: TSESTree.Node, name: string): boolean {
  const value = unwrapExpression(test);
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "!") return guardsClient(value.argument, name);
  if (value.type !== AST_NODE_TYPES.BinaryExpression || !["==", "==="].includes(value.operator)) return false;
  const other = isIdentifier(value.left, name) ? value.right : isIdentifier(value.right, name) ? value.left : null;
  return other !== null && ((other.type === AST_NODE_TYPES.Literal && other.value === null) || isIdentifier(other, "undefined"));
}

/** `this.x = p`, `holder.x = p`, `held.set(key, p)`, `all.push(p)`: the parameter kept by someone else. */
function stores(statement: TSESTree.Node, name: string): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const expression = unwrapExpression(statement.expression);
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) {
    const left = unwrapExpression(expression.left);
    return expression.operator === "=" && left.type === AST_NODE_TYPES.MemberExpression && !rootedAt(left, name) && isIdentifier(expression.right, name);
  }
  const call = statementCall(statement);
  const callee = call ? unwrapExpression(call.callee) : null;
  if (!call || callee?.type !== AST_NODE_TYPES.MemberExpression || rootedAt(callee.object, name)) return false;
  const method = memberPropertyName(callee);
  if (method === null || !STORING_METHODS.has(method)) return false;
  const kept = method === "set" ? call.arguments.slice(1, 2) : call.arguments;
  return kept.some((argument) => isIdentifier(argument, name));
}

function rootedAt(node: TSESTree.Node, name: string): boolean {
  return isIdentifier(memberChainRoot(node), name);
}
