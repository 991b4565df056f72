// A release that sits in a later task of an `async` task list: `async.series([t1, t2, (next) => { done(); next(); }],
// cb)`. series and waterfall run a task only when every task before it succeeded; the first task that passes an error
// ends the list, the remaining tasks never run and the final callback gets the error. A client released only in such
// a task stays checked out whenever an earlier task fails (emerleite/node-database-cleaner's test hooks).
//
// Reported only when the failure is real work on the client: some earlier element of the list uses the client (a
// task calling `client.query(…, next)`, or a task made by a call given the client, `queryClient(client, sql)`). A
// release in the first task, in the final callback, or anywhere outside the list is not this shape.
//
// A release in the final callback is skipped another way (JoshuaPoulin/together's GET /meetups, gaps-32a): the final
// callback runs only once every task has called back, and a task whose query callback reads the result before its
// error (`client.query(sql, (err, result) => cb(err, result.rows))`) throws there when the query fails — pg calls back
// with the error alone —, so its `cb` is never called and neither is the final callback (finalCallbackSkipped). Arrow
// tasks read the same (gaps-33, a newcomer's `async.series([(next) => client.query(sql, (e, r) => next(e, r.rows))], …)`),
// and so does a query callback that destructures its result (`(err, { rows }) => …`), which throws on entry whenever
// the query fails, whatever it checks after.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { encloses, memberPropertyName, methodCall, parentSkippingWrappers, requiredModule, unwrapExpression } from "../node-shapes.js";
import { isWrittenAgain } from "../variable-references.js";
import { isCallbackFunction } from "./callback-arguments.js";
import { destructuredResult, resultReadBeforeErrorCheck } from "./callback-throws.js";

/** The `async` package's task lists that stop at the first failing task: the list is their first argument. */
const STOPPING_TASK_LISTS = new Set(["series", "waterfall"]);

/** A release found only in a later task of a task list. */
export interface TaskListRelease {
  /** The `async.series(…)` / `async.waterfall(…)` call. */
  call: TSESTree.CallExpression;
  /** `series` or `waterfall`. */
  method: string;
  /** The earlier element of the list that uses the client, whose failure skips the release. */
  failing: TSESTree.Node;
}

/**
 * When every releasing reference sits in one task list's elements after the first, and an element before the first
 * releasing one uses the client (a reference in `clientReferences`): that list. Null otherwise.
 */
export function laterTaskOnlyRelease(
  releasing: ReadonlyArray<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }>,
  clientReferences: ReadonlySet<TSESTree.Node>,
): TaskListRelease | null {
  let list: { call: TSESTree.CallExpression; method: string; elements: readonly (TSESTree.Node | null)[] } | null = null;
  let firstReleasingIndex = Number.POSITIVE_INFINITY;
  for (const { nested } of releasing) {
    const found = taskOf(nested);
    if (!found || (list && found.call !== list.call)) return null;
    list ??= found;
    firstReleasingIndex = Math.min(firstReleasingIndex, found.index);
  }
  if (!list || firstReleasingIndex < 1) return null;
  for (const element of list.elements.slice(0, firstReleasingIndex)) {
    if (element && usesClient(element, clientReferences)) return { call: list.call, method: list.method, failing: element };
  }
  return null;
}

/** The task list, and the element's index, of the outermost function in `nested` when it is an element of one. */
function taskOf(
  nested: readonly TSESTree.Node[],
): { call: TSESTree.CallExpression; method: string; elements: readonly (TSESTree.Node | null)[]; index: number } | null {
  const task = nested[0];
  const array = task?.parent;
  if (!task || array?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const call = array.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== array) return null;
  const method = methodCall(call);
  if (!method || !STOPPING_TASK_LISTS.has(method.name)) return null;
  const library = unwrapExpression(method.object);
  if (library.type !== AST_NODE_TYPES.Identifier || library.name !== "async") return null;
  return { call, method: method.name, elements: array.elements, index: array.elements.indexOf(task as TSESTree.Expression) };
}

/** Some reference to the client lies inside `element`. */
function usesClient(element: TSESTree.Node, clientReferences: ReadonlySet<TSESTree.Node>): boolean {
  for (const reference of clientReferences) {
    if (reference.range[0] >= element.range[0] && reference.range[1] <= element.range[1]) return true;
  }
  return false;
}

/** The `async` package's task runners that call their final callback (the last argument) once the tasks are done. */
const FINAL_CALLBACK_ARITY = new Map([
  ["parallel", 2],
  ["series", 2],
  ["waterfall", 2],
  ["parallelLimit", 3],
]);

/**
 * When every releasing reference sits in the final callback of an `async.parallel`/`series`/`waterfall` call, and a
 * task's first statement (or an arrow task's body) is a query on the client whose callback reads its result before
 * looking at its error, or destructures it, with the task's own callback not called before that read: the read (a
 * MemberExpression, or the ObjectPattern/ArrayPattern parameter), which throws on a failed query before the task calls
 * back, so the final callback never runs. Null otherwise.
 */
export function finalCallbackSkipped(
  releasing: ReadonlyArray<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }>,
  clientReferences: ReadonlySet<TSESTree.Node>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): SkippingRead | null {
  const final = releasing[0]?.nested[0];
  if (!final || !isCallbackFunction(final) || releasing.some(({ nested }) => nested[0] !== final)) return null;
  const call = parentSkippingWrappers(final);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const method = methodCall(call);
  const arity = method ? FINAL_CALLBACK_ARITY.get(method.name) : undefined;
  if (!method || arity === undefined || call.arguments.length !== arity || call.arguments[arity - 1] !== final) return null;
  const library = unwrapExpression(method.object);
  if (library.type !== AST_NODE_TYPES.Identifier || library.name !== "async" || !isLoadedModule(library, sourceCode)) return null;
  const list = call.arguments[0];
  const tasks =
    list?.type === AST_NODE_TYPES.ArrayExpression
      ? list.elements
      : list?.type === AST_NODE_TYPES.ObjectExpression && method.name !== "waterfall"
        ? list.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : null))
        : [];
  for (const task of tasks) {
    const read = task && isCallbackFunction(task) ? throwingQueryRead(task, method.name === "waterfall", clientReferences, sourceCode) : null;
    if (read) return read;
  }
  return null;
}

/**
 * `async` is the package: a global (a script loading it), an import, or a variable made by `require(…)`; not a
 * variable of the file's own making (`const async = { parallel(tasks, done) { … } }` may call back whenever it likes).
 */
function isLoadedModule(library: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(library), library);
  if (!variable || variable.defs.length === 0) return true;
  const definition = variable.defs[0]!;
  if (variable.defs.length !== 1 || isWrittenAgain(variable)) return false;
  if (definition.type === "ImportBinding") return true;
  if (definition.node.type !== AST_NODE_TYPES.VariableDeclarator || !definition.node.init) return false;
  let init = unwrapExpression(definition.node.init);
  while (init.type === AST_NODE_TYPES.MemberExpression && !init.computed) init = unwrapExpression(init.object);
  return requiredModule(init) !== null;
}

/** A read of a failed query's result that throws: `result.rows`, or the destructuring parameter `{ rows }`. */
export type SkippingRead = TSESTree.MemberExpression | TSESTree.ObjectPattern | TSESTree.ArrayPattern;

/**
 * `(cb) => { client.query(sql, (err, result) => { …; cb(err, result.rows); }); }`: the read of the result that throws
 * before `cb` is called, when the query is a statement of the task's own body, or an arrow task's whole body
 * (`(cb) => client.query(sql, (err, result) => cb(err, result.rows))`); on a path where the task returns first
 * without calling back, the final callback never runs either; one calling back first is ruled out below. A query
 * callback that destructures its result (`(err, { rows }) => …`, no default) throws on entry. `last`: the task's
 * callback is its last parameter (waterfall), not its first.
 */
function throwingQueryRead(
  task: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  last: boolean,
  clientReferences: ReadonlySet<TSESTree.Node>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): SkippingRead | null {
  const next = last ? task.params.at(-1) : task.params[0];
  if (next?.type !== AST_NODE_TYPES.Identifier) return null;
  const query = taskQuery(task, clientReferences);
  const callback = query?.arguments.at(-1);
  if (!callback || !isCallbackFunction(callback)) return null;
  const read = (destructuredResult(callback)?.node as TSESTree.ObjectPattern | TSESTree.ArrayPattern | undefined) ?? straightResultRead(callback, sourceCode);
  if (!read) return null;
  // The task calls back only after the read: no reference of `next` before it but a call whose arguments hold it.
  const variable = sourceCode.getDeclaredVariables(task).find((candidate) => candidate.identifiers.includes(next));
  if (!variable) return null;
  const callsAfterRead = variable.references.every((reference) => {
    const identifier = reference.identifier;
    if (identifier.range[0] >= read.range[1]) return true;
    const parent = parentSkippingWrappers(identifier);
    return parent?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === identifier && encloses(parent, read);
  });
  return callsAfterRead ? read : null;
}

/** The task's query on the client: the first `client.query(…);` statement of its body, or an arrow's body itself. */
function taskQuery(
  task: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  clientReferences: ReadonlySet<TSESTree.Node>,
): TSESTree.CallExpression | null {
  if (task.body.type === AST_NODE_TYPES.BlockStatement) {
    const statement = task.body.body.find(isClientQueryStatement(clientReferences));
    return statement ? (statement.expression as TSESTree.CallExpression) : null;
  }
  const body = unwrapExpression(task.body);
  return body.type === AST_NODE_TYPES.CallExpression && isClientQuery(body, clientReferences) ? body : null;
}

/**
 * The unchecked read of the result (callback-throws.ts) on the callback's straight path: in one of its own statements,
 * not under a branch, a loop or a `try`; in an arrow's expression body, under no `?:`, `&&`, `||` or `??`.
 */
function straightResultRead(
  callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.MemberExpression | null {
  const read = resultReadBeforeErrorCheck(callback, sourceCode)?.node;
  if (read?.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (callback.body.type === AST_NODE_TYPES.BlockStatement) {
    const statement = callback.body.body.find((candidate) => encloses(candidate, read));
    return statement && STRAIGHT_STATEMENTS.has(statement.type) ? read : null;
  }
  for (let node: TSESTree.Node | undefined = read.parent; node && node !== callback; node = node.parent) {
    if (BRANCHING_EXPRESSIONS.has(node.type)) return null;
  }
  return read;
}

const BRANCHING_EXPRESSIONS = new Set<string>([AST_NODE_TYPES.ConditionalExpression, AST_NODE_TYPES.LogicalExpression]);

/** `client.query(…);` as a statement of its own. */
const isClientQueryStatement =
  (clientReferences: ReadonlySet<TSESTree.Node>) =>
  (statement: TSESTree.Statement): statement is TSESTree.ExpressionStatement =>
    statement.type === AST_NODE_TYPES.ExpressionStatement &&
    statement.expression.type === AST_NODE_TYPES.CallExpression &&
    isClientQuery(statement.expression, clientReferences);

/** `client.query(…)` on the client. */
function isClientQuery(call: TSESTree.CallExpression, clientReferences: ReadonlySet<TSESTree.Node>): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && clientReferences.has(unwrapExpression(callee.object)) && memberPropertyName(callee) === "query";
}

const STRAIGHT_STATEMENTS = new Set<string>([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.VariableDeclaration,
  AST_NODE_TYPES.ReturnStatement,
]);
