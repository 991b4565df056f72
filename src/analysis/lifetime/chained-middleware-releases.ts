// A checkout parked on the context by one onion-model middleware (Koa: `(ctx, next)`, `await next()` runs the rest of
// the chain) and released by another middleware of the same app in the same file:
//   app.use(async (ctx, next) => { ctx.db = await pool.connect(); await next(); });
//   app.use(async (ctx, next) => { await next(); ctx.db.release(); });
// The store is a hand-over for the lifetime analysis, and member-lent-releases.ts reads only a release by the storing
// middleware itself. Here the release is the other middleware's, and it is skipped when anything it awaits first
// throws (`await next()` rejects whenever a later middleware or the route throws): nothing in the chain releases the
// client then. Only the plain shape is read: the storing middleware is an argument of `X.use(…)` taking exactly
// `(ctx, next)`, its store is followed by its call of `next` with no release or `try` after; every other
// release of a member by the same path in the file is a statement (or an `if`'s) of the body of a middleware given to
// the same `X.use`, outside any `try`, taking `(ctx, next)` or `(ctx)` (the chain's last handler); the leak is reported at the first throw point before
// such a release. A release in a `finally` or `catch`, a callback, any other function, or another file keeps the store
// a hand-over, as before (bradenhc-proto/finn's release lives in another file: the whole project would be needed).
// Statements of the storing middleware between its store and its `next()` (`await ctx.db.query("SET …")`, gaps-33) may
// throw too: then `next()` never runs, the later middlewares never run, and an earlier one's release after its own
// `await next()` is skipped by the rejection; the leak is reported at that first throw point of the storing middleware.
// Such statements must not return, call `next` or name it (an early `return` before `next()` is another shape, unread),
// nor hold a `.catch(…)` or two-callback `.then(…, …)` that may swallow their rejection (review-33a).
// Hono's chain is no such onion for errors: its compose catches what a handler throws (the app's onError answers,
// `c.error` holds it) and the upstream `await next()` resolves, so a release after it runs; an app made by `new
// Hono()` (a class imported from `hono` or an `@hono/…` package, such as OpenAPIHono) is left alone (review-32b).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { callsNamed } from "../text-search.js";
import { memberChainRoot, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";
import { awaitedMemberStore, textOf } from "./member-lent-releases.js";
import { firstThrowPoint } from "./throw-points.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The first throw point before another middleware's unguarded release of the stored client (see above); else null. */
export function throwBeforeChainedRelease(acquisition: Acquisition, sourceCode: SourceCode): TSESTree.Node | null {
  const store = awaitedMemberStore(acquisition);
  const owner = acquisition.owner;
  if (!store || !isFunction(owner)) return null;
  const { assignment, holder } = store;
  const registration = chainRegistration(owner);
  const context = contextName(owner);
  if (!registration || context === null || isHonoApp(owner, sourceCode)) return null;
  const root = memberChainRoot(holder);
  if (root.type !== AST_NODE_TYPES.Identifier || root.name !== context) return null;
  const path = textOf(sourceCode, holder).slice(context.length);
  const between = storeThenNext(assignment, owner, (node) => isPath(node, context, path, sourceCode), sourceCode);
  if (!between) return null;
  const own = firstThrowPoint(between);

  let first: TSESTree.Node | null = null;
  let releases = 0;
  for (const call of callsNamed(sourceCode, "release")) {
    const method = methodCall(call);
    const object = method ? unwrapExpression(method.object) : null;
    if (object?.type !== AST_NODE_TYPES.MemberExpression || !textOf(sourceCode, object).endsWith(path)) continue;
    if (owner.range[0] <= call.range[0] && call.range[1] <= owner.range[1]) return null; // the storer's own: not this shape
    const before = chainedReleaseBefore(call, object, path, registration, sourceCode);
    const at = before && (own ?? firstThrowPoint(before));
    if (!at) return null; // a release this reading does not follow: someone may give the client back
    releases += 1;
    if (!first || at.range[0] < first.range[0]) first = at;
  }
  return releases > 0 ? first : null;
}

/** `X.use(fn)` with `fn` the function itself: the text of `X`; else null. */
function chainRegistration(fn: TSESTree.FunctionLike): string | null {
  const call = parentSkippingWrappers(fn);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => unwrapExpression(argument) === fn)) return null;
  const method = methodCall(call);
  if (method?.name !== "use") return null;
  const receiver = unwrapExpression(method.object);
  return receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : null;
}

/** The receiver of `fn`'s `X.use(fn)` is a variable made by `new C(…)`, `C` imported from `hono` (`hono/…`) or an `@hono/…` package. */
function isHonoApp(fn: TSESTree.FunctionLike, sourceCode: SourceCode): boolean {
  const call = parentSkippingWrappers(fn);
  const receiver = call?.type === AST_NODE_TYPES.CallExpression ? methodCall(call)?.object : undefined;
  if (receiver?.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = findVariable(sourceCode.getScope(receiver), receiver)?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || !definition.node.init) return false;
  const made = unwrapExpression(definition.node.init);
  const callee = made.type === AST_NODE_TYPES.NewExpression ? unwrapExpression(made.callee) : null;
  if (callee?.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = findVariable(sourceCode.getScope(callee), callee)?.defs[0];
  const declaration = imported?.type === "ImportBinding" ? imported.node.parent : null;
  return declaration?.type === AST_NODE_TYPES.ImportDeclaration && /^(?:hono|@hono\/[\w.-]+)(?:\/|$)/.test(declaration.source.value);
}

/**
 * `(ctx, next)`, two plain names (or `(ctx)`, the chain's last handler, when `last` allows it): the first one's name;
 * else null (Express's `(req, res, next)` is no onion).
 */
function contextName(fn: TSESTree.FunctionLike, last = false): string | null {
  const [context, next, extra] = fn.params;
  if (extra || context?.type !== AST_NODE_TYPES.Identifier) return null;
  if (next ? next.type !== AST_NODE_TYPES.Identifier : !last) return null;
  return context.name;
}

/**
 * The store is a statement of the middleware's own body followed by `await next()` / `return next()` / `next()` as a
 * statement of that body, and nothing after it releases, restores or tries: the statements between the two (none in
 * the plain shape), which must neither return, name `next`, nor catch a rejection; else null.
 */
function storeThenNext(
  assignment: TSESTree.AssignmentExpression,
  owner: TSESTree.FunctionLike,
  isHolder: (node: TSESTree.Node) => boolean,
  sourceCode: SourceCode,
): TSESTree.Statement[] | null {
  const statement = parentSkippingWrappers(assignment);
  const body = owner.body;
  const next = owner.params[1];
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || body?.type !== AST_NODE_TYPES.BlockStatement || body !== statement.parent) return null;
  if (next?.type !== AST_NODE_TYPES.Identifier) return null;
  const later = body.body.slice(body.body.indexOf(statement) + 1);
  const nextAt = later.findIndex((candidate) => callsNext(candidate, next.name, sourceCode));
  if (nextAt < 0) return null;
  const between = later.slice(0, nextAt);
  const mentionsNext = someNodeBelow(between, (node) => {
    if (isFunction(node)) return "skip";
    // A `.catch(…)` or two-callback `.then(…, …)` there may swallow the work's rejection (review-33a): unread.
    return node.type === AST_NODE_TYPES.ReturnStatement || (node.type === AST_NODE_TYPES.Identifier && node.name === next.name) || catchesRejection(node);
  });
  if (mentionsNext) return null;
  const releasesOrTries = someNodeBelow(later, (node) => {
    if (isFunction(node)) return "skip";
    if (node.type === AST_NODE_TYPES.TryStatement) return true;
    if (node.type === AST_NODE_TYPES.AssignmentExpression) return isHolder(unwrapExpression(node.left));
    return node.type === AST_NODE_TYPES.CallExpression && methodCall(node)?.name === "release";
  });
  return releasesOrTries ? null : between;
}

/** `await next();`, `next();` or `return next();` (`return await next();`) as a statement. */
function callsNext(statement: TSESTree.Statement, next: string, sourceCode: SourceCode): boolean {
  const value = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : null;
  let call = value ? unwrapExpression(value) : null;
  if (call?.type === AST_NODE_TYPES.AwaitExpression) call = unwrapExpression(call.argument);
  return call?.type === AST_NODE_TYPES.CallExpression && textOf(sourceCode, call.callee) === next;
}

/**
 * `release` is `<ctx><path>.release()` as a statement (or an `if`'s sole consequent) of the body of a `(ctx, next)`
 * middleware given to `<registration>.use(…)`, outside any `try` and any `.catch(…)`: the statements before it in that
 * body (whose first throw point skips it); else null.
 */
function chainedReleaseBefore(
  release: TSESTree.CallExpression,
  object: TSESTree.MemberExpression,
  path: string,
  registration: string,
  sourceCode: SourceCode,
): TSESTree.Statement[] | null {
  let statement: TSESTree.Node | undefined = parentSkippingWrappers(release);
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  if (statement.parent?.type === AST_NODE_TYPES.IfStatement) statement = statement.parent;
  else if (statement.parent?.type === AST_NODE_TYPES.BlockStatement && statement.parent.body.length === 1 && statement.parent.parent?.type === AST_NODE_TYPES.IfStatement) {
    statement = statement.parent.parent;
  }
  const body = statement.parent;
  const fn = body?.parent;
  if (body?.type !== AST_NODE_TYPES.BlockStatement || !fn || !isFunction(fn) || fn.body !== body) return null;
  const context = contextName(fn, true);
  if (context === null || chainRegistration(fn) !== registration || !isPath(object, context, path, sourceCode)) return null;
  const before = body.body.slice(0, body.body.indexOf(statement as TSESTree.Statement));
  // A `try` before the release may catch what `next()` throws, and so may a promise's `.catch(…)` or two-callback
  // `.then(…, …)` (`await next().catch(handle)`, review-32b): not the plain shape.
  if (someNodeBelow(before, (node) => (isFunction(node) ? "skip" : node.type === AST_NODE_TYPES.TryStatement || catchesRejection(node)))) return null;
  return before;
}

/** `p.catch(…)` or `p.then(…, onRejected)`: a call that may swallow the rejection of `p`. */
function catchesRejection(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = methodCall(node)?.name;
  return name === "catch" || (name === "then" && node.arguments.length >= 2);
}

/** `node` is `<context><path>`: `ctx.db` for the context `ctx` and the path `.db`. */
function isPath(node: TSESTree.Node, context: string, path: string, sourceCode: SourceCode): boolean {
  return node.type === AST_NODE_TYPES.MemberExpression && memberChainRoot(node).type === AST_NODE_TYPES.Identifier && textOf(sourceCode, node) === context + path;
}
