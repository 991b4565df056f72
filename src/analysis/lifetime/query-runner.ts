// TypeORM's QueryRunner as a checkout: `const qr = dataSource.createQueryRunner()` takes nothing, but its first
// connecting call (`await qr.connect()`, or lazily `startTransaction()`, `query()`, `qr.manager.…`) checks a pg
// client out of TypeORM's pool (PostgresQueryRunner.connect → pool.connect), and only `qr.release()` gives it back.
// So the runner is followed like a client: held from the end of that first await, released by `qr.release()`.
// Evidence without types: the method name, and the runner used by TypeORM's protocol (released, or a transaction
// method called on it). A runner made right inside `builder.setQueryRunner(…)` is never released: TypeORM's query
// builders release only the runners they made themselves (TypeORM's own docs leaked this way until they kept the
// runner in a variable and released it in a `finally`). A runner that falls back on the caller's is followed with the
// caller's as its test (fallback-runner.ts); one assigned to a variable that holds nothing else is followed from that
// assignment (assignedRunner); one lent to a query builder first is connected by its awaited query
// (builder-lent-runner.ts); one made into the caller's parameter under a test of it is followed from there, and a
// builder kept in a const connects it at its awaited query (guarded-runner-parameter.ts). Shapes this file does not
// understand stay silent: a runner stored or returned at once, a first connecting call that is not a plain awaited
// statement, code that tests `qr.isReleased`.
// A runner made inside a `try` whose `finally` destroys its data source is released by that destroy.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import {
  codePathOwner,
  isNothing,
  type FunctionNode,
  memberPropertyName,
  methodCall,
  parentSkippingWrappers,
  promiseStaticMethod,
  unwrapExpression,
} from "../node-shapes.js";
import { resolveIdentifier } from "../find-variable.js";
import { argumentCallee, classifyReference } from "./client-references.js";
import { builderConnects } from "./builder-lent-runner.js";
import { fallbackRunner } from "./fallback-runner.js";
import { givenBackParameter } from "./runner-helper-calls.js";
import { awaitedChain, guardedRunnerParameter, keptBuilderAwait } from "./guarded-runner-parameter.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export const CREATE_QUERY_RUNNER = "createQueryRunner";

/**
 * Methods only a TypeORM QueryRunner answers to: a variable used with one of them is a runner. Besides its transaction
 * protocol, its schema methods (`await qr.hasTable(name)`, DbQueryResultCache.synchronize): knex answers to the same
 * names only on `knex.schema`, never on what a `createQueryRunner()` returns.
 */
const RUNNER_PROTOCOL = new Set(["release", "startTransaction", "commitTransaction", "rollbackTransaction", "hasTable", "createTable", "dropTable", "hasColumn"]);

/** The acquisitions made by this file: the rules word their findings for a runner (see isQueryRunner). */
const runners = new WeakSet<Acquisition>();

/** Is this acquisition a TypeORM QueryRunner (released by `.release()`, no `withClient` rewrite)? */
export function isQueryRunner(acquisition: Acquisition): boolean {
  return runners.has(acquisition);
}

/**
 * A runner to follow: its acquisition, and the `await`s of its first connecting calls (one, or one in each branch of
 * an `if`). `lazy`: the call is not `connect()` itself but work that connects first (`query()`, `clearDatabase()`,
 * `manager.…`), so when that await throws, the runner may already hold its connection.
 */
export interface QueryRunnerCheckout {
  acquisition: Acquisition;
  connectsAt: Array<{ awaited: TSESTree.AwaitExpression; lazy: boolean }>;
}

/**
 * For `const qr = X.createQueryRunner(mode?)` used as a runner — or a call of the class's helper that makes one
 * (`helper`: `this.getQueryRunner()`, runner-helper-calls.ts) — what to follow; else null.
 */
export function findQueryRunner(call: TSESTree.CallExpression, sourceCode: SourceCode, helper = false): QueryRunnerCheckout | null {
  const method = methodCall(call);
  if (!method || method.object.type === AST_NODE_TYPES.Super) return null;
  if (!helper && (method.name !== CREATE_QUERY_RUNNER || call.arguments.length > 1)) return null;
  if (destroyedInFinally(call, unwrapExpression(method.object))) return null;
  // `const qr = await connection.createQueryRunner("master")` (TypeORM 0.2's dropDatabase): awaiting the runner
  // itself changes nothing.
  const made = parentSkippingWrappers(call)?.type === AST_NODE_TYPES.AwaitExpression ? parentSkippingWrappers(call)! : call;
  // `const qr = this.queryRunner ?? ds.createQueryRunner()`: the runner made here, when the caller gave none.
  const fallback = fallbackRunner(sourceCode, made, codePathOwner(call));
  const value = fallback?.choice ?? made;
  const bound = fallback
    ? declaredRunner(value, sourceCode)
    : (declaredRunner(value, sourceCode) ?? assignedRunner(value, sourceCode) ?? (helper ? givenBackRunner(call, sourceCode) : guardedRunner(value, sourceCode)));
  if (!bound) return null;
  const { runner, binding, home } = bound;

  const all = runner.references
    .map((reference) => reference.identifier as TSESTree.Identifier)
    .filter((identifier) => identifier !== binding.id && identifier !== binding.left)
    .sort((a, b) => a.range[0] - b.range[0]);
  const memberOf = (identifier: TSESTree.Identifier) => {
    const parent = parentSkippingWrappers(identifier);
    return parent?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === identifier ? memberPropertyName(parent) : null;
  };
  // Code that checks `qr.isReleased` keeps its own account of the connection, which the paths here do not follow.
  if (all.some((identifier) => memberOf(identifier) === "isReleased")) return null;
  const usedAsRunner = (name: string | null) => name === "manager" || (name !== null && RUNNER_PROTOCOL.has(name));
  // From the binding on: an assigned runner's earlier references (a retry loop's test, its catch) run on later turns.
  const references = binding.left ? all.filter((identifier) => identifier.range[0] > binding.range[1]) : all;
  // Lent to a query builder first, whose awaited query connects it (builder-lent-runner.ts): `setQueryRunner` takes
  // only a runner, evidence enough.
  const lentTo = builderConnects(references, sourceCode);
  if (!lentTo && !all.some((identifier) => usedAsRunner(memberOf(identifier)))) return null;
  const members = references.map(memberOf);
  // The first reference must be the connecting call, or an awaited call of this file given the runner (`await
  // this.createMigrationsTableIfNotExist(qr)`, whose queries connect it), or any awaited call given the runner when
  // this function releases it (see handedToAwaitedCall); anything else first is not followed.
  const first = references[0];
  const releasesIt = members.includes("release");
  if (!lentTo && (!first || members[0] === "release" || (members[0] === null && !handedToAwaitedCall(first, sourceCode, releasesIt)))) return null;
  const connectsAt = lentTo ? [{ awaited: lentTo, lazy: true }] : firstConnects(references, members, home, sourceCode, releasesIt);
  if (!connectsAt) return null;

  const acquisition: Acquisition = {
    style: "await",
    call,
    pool: method.object,
    target: "variable",
    client: runner,
    releaseFunction: null,
    errorParameter: null,
    owner: codePathOwner(call),
    binding,
    ...(fallback?.alternative ? { alternative: fallback.alternative } : {}),
    ...(fallback?.alternativeReads ? { alternativeReads: fallback.alternativeReads } : {}),
  };
  runners.add(acquisition);
  return { acquisition, connectsAt };
}

/** The variable a runner is bound to, the node that binds it, and the block whose run makes it. */
interface BoundRunner {
  runner: Variable;
  binding: (TSESTree.VariableDeclarator & { id: TSESTree.Identifier; left?: undefined }) | (TSESTree.AssignmentExpression & { left: TSESTree.Identifier; id?: undefined });
  home: TSESTree.Node;
}

/** `const qr = ds.createQueryRunner()` (`let`, `var`): the declared runner. */
function declaredRunner(value: TSESTree.Node, sourceCode: SourceCode): BoundRunner | null {
  const declarator = parentSkippingWrappers(value);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (unwrapExpression(declarator.init ?? declarator) !== value) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let" && declaration.kind !== "var") return null;
  const runner = sourceCode.getDeclaredVariables(declarator).find((variable) => variable.identifiers.includes(declarator.id as TSESTree.Identifier));
  return runner ? { runner, binding: declarator as BoundRunner["binding"], home: declaration.parent } : null;
}

/**
 * `qr = ds.createQueryRunner();` as a statement, into a variable of the same function that holds nothing but this
 * runner: declared without a value or with `null`/`undefined`, and otherwise only ever set back to `null`/`undefined`
 * (matter-labs/block-explorer's runMigrations retry loop: `if (!queryRunner) { queryRunner = …; await
 * queryRunner.connect(); }`, `queryRunner = null` after each release). Any other write is not followed.
 */
function assignedRunner(value: TSESTree.Node, sourceCode: SourceCode): BoundRunner | null {
  const assignment = parentSkippingWrappers(value);
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || unwrapExpression(assignment.right) !== value) return null;
  if (assignment.left.type !== AST_NODE_TYPES.Identifier || assignment.parent.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const runner = resolveIdentifier(sourceCode, assignment.left);
  const definition = runner?.defs.length === 1 ? runner.defs[0]! : null;
  if (!runner || definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declared = definition.node;
  if (declared.parent.kind === "const" || (declared.init && !isNothing(declared.init))) return null;
  if (runner.scope.variableScope !== sourceCode.getScope(assignment).variableScope) return null;
  const onlyCleared = runner.references.every((reference) => {
    if (!reference.isWrite() || reference.identifier === assignment.left || reference.identifier === declared.id) return true;
    const write = reference.identifier.parent;
    return write?.type === AST_NODE_TYPES.AssignmentExpression && write.operator === "=" && write.left === reference.identifier && isNothing(write.right);
  });
  if (!onlyCleared) return null;
  return { runner, binding: assignment as BoundRunner["binding"], home: assignment.parent.parent };
}

/** `qr = this.getQueryRunner(qr);` (runner-helper-calls.ts's givenBackParameter): the parameter, from that assignment. */
function givenBackRunner(call: TSESTree.CallExpression, sourceCode: SourceCode): BoundRunner | null {
  const given = givenBackParameter(call, sourceCode);
  return given ? { runner: given.parameter, binding: given.assignment, home: given.assignment.parent.parent! } : null;
}

/** `if (qr === undefined || made) { qr = ds.createQueryRunner(); }` (guarded-runner-parameter.ts): the parameter. */
function guardedRunner(value: TSESTree.Node, sourceCode: SourceCode): BoundRunner | null {
  const guarded = guardedRunnerParameter(value, sourceCode);
  return guarded ? { runner: guarded.runner, binding: guarded.assignment, home: guarded.home } : null;
}

/**
 * Where the runner first connects: the await of its first reference when that runs straight from the declaration;
 * else, when the first reference is in a branch of an `if` that does, the await of the first reference in each of
 * its two branches (dropDatabase: `if (…) { await runInSequence(dbs, (db) => qr.clearDatabase(db)); } else { await
 * qr.clearDatabase(); }`). A branch without one, or any other shape, is not followed.
 */
function firstConnects(
  references: readonly TSESTree.Identifier[],
  members: ReadonlyArray<string | null>,
  home: TSESTree.Node,
  sourceCode: SourceCode,
  releasesIt: boolean,
): QueryRunnerCheckout["connectsAt"] | null {
  const connecting = (index: number, home: TSESTree.Node) => {
    const awaited = connectingAwait(references[index]!) ?? handedToAwaitedCall(references[index]!, sourceCode, releasesIt) ?? keptBuilderAwait(references[index]!, sourceCode);
    if (!awaited || !straightFrom(awaited, home)) return null;
    return { awaited, lazy: members[index] !== "connect" };
  };
  const straight = connecting(0, home);
  if (straight) return [straight];
  // `qr.connect();` not awaited: TypeORM keeps the connecting promise, and the runner's next call (its query, its
  // startTransaction) awaits that same promise before its own work, which may then fail with the runner connected.
  if (members[0] === "connect" && references.length > 1 && droppedConnect(references[0]!, home)) {
    const next = connecting(1, home);
    return next ? [{ awaited: next.awaited, lazy: true }] : null;
  }
  let branching: TSESTree.Node | undefined = references[0]!.parent;
  while (branching && branching.type !== AST_NODE_TYPES.IfStatement && branching !== home) branching = branching.parent;
  if (branching?.type !== AST_NODE_TYPES.IfStatement || !branching.alternate || !straightFrom(branching, home)) return null;
  const found: QueryRunnerCheckout["connectsAt"] = [];
  for (const branch of [branching.consequent, branching.alternate]) {
    const index = references.findIndex((identifier) => identifier.range[0] >= branch.range[0] && identifier.range[1] <= branch.range[1]);
    const connects = index >= 0 ? connecting(index, branch) : null;
    if (!connects) return null;
    found.push(connects);
  }
  return found;
}

/** `qr.connect();`: the runner's connect() called as a statement of its own, its promise dropped, straight from `home`. */
function droppedConnect(identifier: TSESTree.Identifier, home: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(identifier);
  const call = member?.type === AST_NODE_TYPES.MemberExpression ? parentSkippingWrappers(member) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
  const statement = parentSkippingWrappers(call);
  return statement?.type === AST_NODE_TYPES.ExpressionStatement && straightFrom(statement, home);
}

/**
 * The await after which the runner referenced at `identifier` has connected: its awaited call chain, an awaited
 * `Promise.all` of a `map` whose callback uses it (mappedCallbackAwait), or an awaited call that runs a callback
 * calling the runner (`await runInSequence(dbs, (db) => qr.clearDatabase(db))`).
 */
function connectingAwait(identifier: TSESTree.Identifier): TSESTree.AwaitExpression | null {
  const awaited = awaitedChain(identifier) ?? mappedCallbackAwait(identifier);
  if (awaited) return awaited;
  const member = parentSkippingWrappers(identifier);
  const call = member?.type === AST_NODE_TYPES.MemberExpression ? parentSkippingWrappers(member) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return null;
  const callback = parentSkippingWrappers(call);
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression || unwrapExpression(callback.body) !== call) return null;
  const outer = parentSkippingWrappers(callback);
  if (outer?.type !== AST_NODE_TYPES.CallExpression || !outer.arguments.includes(callback)) return null;
  const outerAwait = parentSkippingWrappers(outer);
  return outerAwait?.type === AST_NODE_TYPES.AwaitExpression ? outerAwait : null;
}

/**
 * `await Promise.all(ids.map((id) => { const qb = qr.manager.createQueryBuilder(); return qb.delete()….execute(); }))`
 * (TypeORM's DbQueryResultCache.remove): the reference, a plain chain that is a statement of the callback's body (or
 * its concise body), runs whenever the callback does, and the promises of every item are awaited together — that
 * await, after which the runner has connected unless there was no item.
 */
function mappedCallbackAwait(identifier: TSESTree.Identifier): TSESTree.AwaitExpression | null {
  let node: TSESTree.Node = identifier;
  for (let parent = parentSkippingWrappers(node); parent; parent = parentSkippingWrappers(node)) {
    const chained =
      (parent.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === unwrapExpression(node)) ||
      (parent.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === unwrapExpression(node)) ||
      parent.type === AST_NODE_TYPES.AwaitExpression;
    if (!chained) break;
    node = parent;
  }
  const holder = parentSkippingWrappers(node);
  const statement =
    holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init && unwrapExpression(holder.init) === node ? holder.parent : holder;
  const callback = statement?.type === AST_NODE_TYPES.VariableDeclaration || statement?.type === AST_NODE_TYPES.ExpressionStatement || statement?.type === AST_NODE_TYPES.ReturnStatement
    ? statement.parent?.parent
    : statement;
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  // (A statement's grandparent is the callback only when it is a statement of its body, not of a branch or loop.)
  if (callback === statement && unwrapExpression(callback.body) !== node) return null; // a parameter's default
  const mapped = parentSkippingWrappers(callback);
  if (mapped?.type !== AST_NODE_TYPES.CallExpression || mapped.arguments[0] !== callback || methodCall(mapped)?.name !== "map") return null;
  const all = parentSkippingWrappers(mapped);
  if (all?.type !== AST_NODE_TYPES.CallExpression || promiseStaticMethod(all) !== "all" || unwrapExpression(all.arguments[0] ?? all) !== mapped) return null;
  const awaited = parentSkippingWrappers(all);
  return awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited : null;
}

/**
 * `await this.createMigrationsTableIfNotExist(qr)`, `await setUp(qr)`: the runner handed to an awaited call of a
 * function of this file (a method of the class, a function declared here) that only queries it, so its first query
 * connects the runner and may fail after that (a lazy connect); that await. A callee that releases, stores or passes
 * on its parameter, or a function of another module (which may release the runner: TypeORM's release() tolerates a
 * second call), is not followed. A callback the caller passed in is (`releasesIt`, daily-api's queryDataSource):
 * a function that lends its runner to the caller's callback, as an argument or inside an object literal (`await
 * callback({ queryRunner })`), and releases it afterwards keeps it; the callback's queries connect it.
 */
function handedToAwaitedCall(identifier: TSESTree.Identifier, sourceCode: SourceCode, releasesIt: boolean): TSESTree.AwaitExpression | null {
  const call = parentSkippingWrappers(identifier);
  const target = call?.type === AST_NODE_TYPES.CallExpression ? argumentCallee(identifier, sourceCode) : null;
  if (target && onlyQueries(target.callee, target.index, sourceCode)) {
    const awaited = parentSkippingWrappers(call!);
    return awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited : null;
  }
  return releasesIt ? lentToCallback(identifier, sourceCode) : null;
}

/** `await callback(qr)`, `await callback({ queryRunner })` with `callback` a parameter: that await; else null. */
function lentToCallback(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.AwaitExpression | null {
  let argument: TSESTree.Node = identifier;
  const property = parentSkippingWrappers(identifier);
  if (property?.type === AST_NODE_TYPES.Property && property.kind === "init" && unwrapExpression(property.value) === identifier) {
    if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    argument = property.parent;
  }
  const call = parentSkippingWrappers(argument);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((given) => unwrapExpression(given) === argument)) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || resolveIdentifier(sourceCode, callee)?.defs[0]?.type !== "Parameter") return null;
  const awaited = parentSkippingWrappers(call);
  return awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited : null;
}

/** Every reference to parameter `index` of `fn` uses the runner (`qr.hasTable(…)`) or tests it, nothing else. */
function onlyQueries(fn: FunctionNode, index: number, sourceCode: SourceCode): boolean {
  const param = fn.params[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = sourceCode.getDeclaredVariables(fn).find((declared) => declared.identifiers.includes(param));
  if (!variable) return false;
  const subject = { style: "then", client: variable, releaseFunction: null, errorParameter: null, owner: fn, binding: param } as Acquisition;
  return variable.references.every((reference) => {
    if (reference.identifier === param) return true;
    const kind = classifyReference(reference.identifier as TSESTree.Identifier, subject);
    return kind === "use" || kind === "test";
  });
}

/**
 * `node` runs whenever `home` (the declaration's block, or a branch) runs on that far: between the two there is only
 * statement nesting (blocks, a `try` block, declarations, a plain assignment), no branch, loop or function.
 */
function straightFrom(node: TSESTree.Node, home: TSESTree.Node): boolean {
  if (node === home) return true;
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current === home) return true;
    switch (current.type) {
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.VariableDeclarator:
      case AST_NODE_TYPES.VariableDeclaration:
        continue;
      case AST_NODE_TYPES.TryStatement:
        if (current.block === child) continue;
        return false;
      case AST_NODE_TYPES.AssignmentExpression:
        // `rows = await qr.query(…)` always runs; `x ??= await qr.query(…)` only sometimes.
        if (current.operator === "=" && current.right === child) continue;
        return false;
      default:
        return false;
    }
  }
  return false;
}

/**
 * `try { const qr = dataSource.createQueryRunner(); … } finally { await dataSource.destroy(); }`: TypeORM's
 * `destroy()` releases every connected runner of that data source before it ends the pool (the drivers' closePool),
 * so the runner is released on every path whatever its own `release()` calls do.
 */
function destroyedInFinally(call: TSESTree.CallExpression, dataSource: TSESTree.Node): boolean {
  if (dataSource.type !== AST_NODE_TYPES.Identifier) return false;
  const owner = codePathOwner(call);
  let child: TSESTree.Node = call;
  for (let current: TSESTree.Node | undefined = call.parent; current && current !== owner; child = current, current = current.parent) {
    if (current.type !== AST_NODE_TYPES.TryStatement || current.block !== child || !current.finalizer) continue;
    if (current.finalizer.body.some((statement) => destroys(statement, dataSource.name))) return true;
  }
  return false;
}

/** `name.destroy();` or `await name.destroy();` as a statement of its own. */
function destroys(statement: TSESTree.Statement, name: string): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  let expression = unwrapExpression(statement.expression);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrapExpression(expression.argument);
  if (expression.type !== AST_NODE_TYPES.CallExpression || expression.arguments.length > 0) return false;
  const destroyed = methodCall(expression);
  if (destroyed?.name !== "destroy") return false;
  const object = unwrapExpression(destroyed.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === name;
}

/**
 * `builder.setQueryRunner(ds.createQueryRunner("master"))`: a runner nobody can release, as a discarded acquisition;
 * null for any other place of the call.
 */
export function builderOnlyRunner(call: TSESTree.CallExpression): Acquisition | null {
  const method = methodCall(call);
  if (method?.name !== CREATE_QUERY_RUNNER || call.arguments.length > 1 || method.object.type === AST_NODE_TYPES.Super) return null;
  const setter = parentSkippingWrappers(call);
  if (setter?.type !== AST_NODE_TYPES.CallExpression || setter.arguments.length !== 1 || unwrapExpression(setter.arguments[0]!) !== call) return null;
  if (methodCall(setter)?.name !== "setQueryRunner") return null;
  const acquisition: Acquisition = {
    style: "await",
    call,
    pool: method.object,
    target: "discarded",
    client: null,
    releaseFunction: null,
    errorParameter: null,
    owner: codePathOwner(call),
    binding: setter,
  };
  runners.add(acquisition);
  return acquisition;
}
