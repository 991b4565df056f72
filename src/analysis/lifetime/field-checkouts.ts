// A checkout cached on an instance field and given back only by another method of the same class (medplum's
// Repository before its fix: getConnection() keeps `this.conn = await this.pool.connect()` and returns it,
// releaseConnection() calls `this.conn.release()`, and rollbackTransaction() awaits `conn.query('ROLLBACK')` before
// calling releaseConnection()). Storing the client on `this` is a hand-over for the lifetime analysis — a pool
// wrapper or a LISTEN client keeps it for the object's whole life — so the leak is found here, within ONE class, when
// every piece is understood:
// - a method G assigns the field an awaited pool checkout (`this.conn = await this.pool.connect()`) and every value it
//   returns is the field (`return this.conn`);
// - a method R releases the field (`this.conn.release(…)`);
// - a method M calls `await this.G()` and later, in the same statement list, `this.R(…)`, and between the two awaits
//   a query on that client (on the variable it got from G, or on `this.conn`), outside any `try` of M.
// A rejection of that query skips R, and the client stays checked out on the field. Any other shape — a `try` around
// the query (its catch may release, or not: not judged), R in a `finally`, G that may return something else, a
// release in no method of the class — stays silent. One level: G and R are the class's own methods, read directly.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, thisMemberName, unwrapExpression } from "../node-shapes.js";
import { callsNamed, saysName } from "../text-search.js";
import { findAcquisition, type PoolJudge } from "./acquisition.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface FieldLeak {
  /** The awaited query whose rejection skips the release. */
  at: TSESTree.AwaitExpression;
  field: string;
  /** The call of the method that gave the client (`this.getConnection()`), when the query is on its result. */
  getter: string | null;
  /** What releases it: `this.releaseConnection()`, or `this.conn.release()`. */
  releaser: string;
}

type Method = TSESTree.FunctionExpression & { body: TSESTree.BlockStatement };

const FIELD_RELEASE = /\bthis\s*\.\s*#?[\w$]+\s*\??\.\s*release\s*\(/;

/** The leaks of clients cached on fields, in the file's classes; none unless the text says `release` and `connect`. */
export function fieldCheckoutLeaks(sourceCode: SourceCode, isPool: () => PoolJudge): FieldLeak[] {
  const text = sourceCode.text;
  // A release of a field (`this.conn.release(`, `this.#conn?.release(`) must be written somewhere: tested on the text
  // before the search for `release` calls, which costs a lookup of the node at each of the file's many occurrences.
  if (!saysName(text, "connect") || !FIELD_RELEASE.test(text)) return [];
  const leaks: FieldLeak[] = [];
  // The releasing methods, by class and field: `this.conn.release(…)` in a method of the class.
  const releasers = new Map<TSESTree.ClassBody, Map<string, Set<string>>>();
  // The same calls by class and field, in source order: awaitsQueryBeforeRelease reads a class's own, where reading
  // the file's for each class cost the classes times the file's releases.
  const releases = new Map<TSESTree.ClassBody, Map<string, TSESTree.CallExpression[]>>();
  for (const call of callsNamed(sourceCode, "release")) {
    const callee = unwrapExpression(call.callee);
    const field = callee.type === AST_NODE_TYPES.MemberExpression ? thisMemberName(callee.object) : null;
    const method = ownMethod(call);
    if (field === null || !method) continue;
    const byField = releasers.get(method.body) ?? new Map<string, Set<string>>();
    byField.set(field, (byField.get(field) ?? new Set()).add(method.name));
    releasers.set(method.body, byField);
    const callsByField = releases.get(method.body) ?? new Map<string, TSESTree.CallExpression[]>();
    callsByField.set(field, [...(callsByField.get(field) ?? []), call]);
    releases.set(method.body, callsByField);
  }
  if (releasers.size === 0) return [];
  let judge: PoolJudge | undefined;
  for (const [body, byField] of releasers) {
    for (const [field, releasing] of byField) {
      // Most classes that release a field (a LISTEN client's stop()) await no query right before a release: the
      // statements before each release are looked at first, and the class read only when one does.
      if (!awaitsQueryBeforeRelease(body, field, releases.get(body)!.get(field)!, releasing, sourceCode)) continue;
      const { acquirers, getters } = acquirersOf(body, field, sourceCode, () => (judge ??= isPool()));
      if (acquirers === 0) continue;
      for (const element of body.body) {
        const method = methodOf(element);
        if (!method || getters.has(method.name)) continue;
        const leak = skippedRelease(method, field, getters, releasing);
        if (leak) leaks.push(leak);
      }
    }
  }
  return leaks;
}

/**
 * Some release of the field in the class — `this.conn.release(…)`, or `this.R(…)` with R a releasing method — is a
 * statement preceded, in its statement list, by one that awaits a `.query(…)`. `fieldReleases`: the `release` calls
 * on `this.<field>` in the class's methods.
 */
function awaitsQueryBeforeRelease(
  body: TSESTree.ClassBody,
  field: string,
  fieldReleases: readonly TSESTree.CallExpression[],
  releasing: ReadonlySet<string>,
  sourceCode: SourceCode,
): boolean {
  const calls = fieldReleases.filter((call) => releasesField(call, field));
  for (const name of releasing) {
    for (const call of callsNamed(sourceCode, name)) {
      const callee = unwrapExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression) calls.push(call);
    }
  }
  return calls.some((call) => {
    const statement = parentSkippingWrappers(call);
    const list = statement?.parent;
    if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || !list || !("body" in list) || !Array.isArray(list.body)) return false;
    if (ownMethod(call)?.body !== body) return false;
    const statements = list.body as TSESTree.Node[];
    return statements
      .slice(0, statements.indexOf(statement))
      .some((before) => someNodeBelow([before], (node) => (isFunction(node) ? "skip" : node.type === AST_NODE_TYPES.AwaitExpression && queried(node) !== null)));
  });
}

/** An instance method of a class: its name, its function and the class body. */
function methodOf(element: TSESTree.ClassElement): { name: string; fn: Method; body: TSESTree.ClassBody } | null {
  if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "method" || element.static || element.computed) return null;
  if (element.key.type !== AST_NODE_TYPES.Identifier && element.key.type !== AST_NODE_TYPES.PrivateIdentifier) return null;
  if (!element.value.body) return null;
  return { name: element.key.name, fn: element.value as Method, body: element.parent };
}

/** The instance method whose own code (arrows included, not nested `function`s) holds `node`. */
function ownMethod(node: TSESTree.Node): { name: string; fn: Method; body: TSESTree.ClassBody } | null {
  let current = node.parent;
  while (current && !(current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration)) {
    current = current.parent;
  }
  return current?.parent?.type === AST_NODE_TYPES.MethodDefinition ? methodOf(current.parent) : null;
}

/**
 * How many methods assign the field an awaited pool checkout (`this.conn = await this.pool.connect()`), and which of
 * them return only the field (the getters other methods call).
 */
function acquirersOf(body: TSESTree.ClassBody, field: string, sourceCode: SourceCode, isPool: () => PoolJudge): { acquirers: number; getters: Set<string> } {
  const getters = new Set<string>();
  let acquirers = 0;
  for (const element of body.body) {
    const method = methodOf(element);
    if (!method) continue;
    let checkout = false;
    let returnsOther = false;
    let returnsField = false;
    someNodeBelow([method.fn.body.body], (node) => {
      if (isFunction(node)) return "skip";
      if (node.type === AST_NODE_TYPES.ReturnStatement) {
        if (node.argument && thisMemberName(node.argument) === field) returnsField = true;
        else if (node.argument) returnsOther = true;
      }
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === "=" && thisMemberName(node.left) === field) {
        const value = unwrapExpression(node.right);
        const call = value.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(value.argument) : null;
        if (call?.type === AST_NODE_TYPES.CallExpression && findAcquisition(call, isPool(), sourceCode)) checkout = true;
      }
      return false;
    });
    if (checkout) acquirers += 1;
    if (checkout && returnsField && !returnsOther) getters.add(method.name);
  }
  return { acquirers, getters };
}

/** `this.name(…)` with `name` in `names`. */
function callsOwn(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression && names.has(memberPropertyName(callee) ?? "");
}

/**
 * In `method`: an awaited query on the field's client — `await this.conn.query(…)`, or on `conn` from `const conn =
 * await this.G()` — outside any `try`, then later in the same statement list the release: `this.R(…)` (another method
 * that releases the field) or `this.conn.release(…)`, outside any `try` too.
 */
function skippedRelease(
  method: { name: string; fn: Method },
  field: string,
  getters: ReadonlySet<string>,
  releasing: ReadonlySet<string>,
): FieldLeak | null {
  const fn = method.fn;
  const others = new Set([...releasing].filter((name) => name !== method.name));
  let getterCall: TSESTree.CallExpression | null = null;
  let holder: string | null = null;
  const releases: Array<{ statement: TSESTree.ExpressionStatement; by: string }> = [];
  const queries: TSESTree.AwaitExpression[] = [];
  someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type === AST_NODE_TYPES.AwaitExpression && callsOwn(unwrapExpression(node.argument), getters)) {
      getterCall ??= unwrapExpression(node.argument) as TSESTree.CallExpression;
      const declarator = parentSkippingWrappers(node);
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier && declarator.parent.kind === "const") {
        holder = declarator.id.name;
      }
    }
    if (node.type === AST_NODE_TYPES.ExpressionStatement) {
      const call = unwrapExpression(node.expression);
      if (callsOwn(call, others)) releases.push({ statement: node, by: `this.${memberPropertyName(unwrapExpression((call as TSESTree.CallExpression).callee) as TSESTree.MemberExpression) ?? ""}()` });
      else if (releasesField(call, field)) releases.push({ statement: node, by: `this.${field}.release()` });
    }
    if (node.type === AST_NODE_TYPES.AwaitExpression) queries.push(node);
    return false;
  });
  if (releases.length === 0) return null;
  const checkout = getterCall as TSESTree.CallExpression | null;
  for (const query of queries) {
    const viaGetter = checkout !== null && query.range[0] >= checkout.range[1] && queriesHolder(query, holder);
    if ((!viaGetter && !queriesField(query, field)) || insideTry(query, fn)) continue;
    for (const { statement, by } of releases) {
      if (statement.range[0] < query.range[1] || insideTry(statement, fn)) continue;
      const list = statement.parent;
      if (!list || !("body" in list) || !Array.isArray(list.body)) continue;
      const statements = list.body as TSESTree.Node[];
      let step: TSESTree.Node = query;
      while (step.parent && step.parent !== list) step = step.parent;
      if (step.parent !== list || statements.indexOf(step) >= statements.indexOf(statement)) continue;
      const getter = checkout && viaGetter ? `this.${memberPropertyName(checkout.callee as TSESTree.MemberExpression) ?? ""}()` : null;
      return { at: query, field, getter, releaser: by };
    }
  }
  return null;
}

/** `this.conn.release(…)`. */
function releasesField(node: TSESTree.Node, field: string): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) === "release" && thisMemberName(callee.object) === field;
}

/** The awaited call is `X.query(…)`; its `X`. */
function queried(query: TSESTree.AwaitExpression): TSESTree.Node | null {
  const call = unwrapExpression(query.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) === "query" ? unwrapExpression(callee.object) : null;
}

/** `await conn.query(…)` on the getter's result. */
function queriesHolder(query: TSESTree.AwaitExpression, holder: string | null): boolean {
  const object = queried(query);
  return holder !== null && object?.type === AST_NODE_TYPES.Identifier && object.name === holder;
}

/** `await this.conn.query(…)`. */
function queriesField(query: TSESTree.AwaitExpression, field: string): boolean {
  const object = queried(query);
  return object !== null && thisMemberName(object) === field;
}

/** `node` sits in the block, catch or finally of a `try` of `fn`. */
function insideTry(node: TSESTree.Node, fn: Method): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement) return true;
  }
  return false;
}
