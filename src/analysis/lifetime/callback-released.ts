// The callback checkout whose answer its shape already gives, as pg's own documentation writes it:
//
//   pool.connect((err, client, done) => {
//     if (err) return onError(err);                  // or `if (err || !client) …`: no client on that path
//     client.query(sql, [id], (queryErr, result) => {
//       done();                                      // first thing: nothing before it can skip it
//       …                                            // neither `client` nor `done` again
//     });
//   });
//
// The guard leaves before any client exists; past it, the one call hands the client to its callback, which releases
// it first thing on every path, and nothing reads the client or calls `done` afterwards. Two variants are the same
// case: the work written in the guard's `else` (`if (err) { … } else { client.query(…) }`, nothing after the `if`:
// the guard's branch then need not leave), and `done` also called in the guard's branch (`if (err) return done(err);`:
// no client there, and the branch leaves or nothing follows it). Following its paths could
// only confirm that no path leaks it and none uses it after the release, so the analysis skips planning and replaying
// such checkouts (measured with `npm run bench:ab`, docs/benchmarks.md). Anything else is followed as before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { isCallbackFunction, type CallbackFunction } from "./callback-arguments.js";
import { destructuredResult } from "./callback-throws.js";
import { encloses } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The references of a callback checkout released first thing in its query's callback, and that release call. */
export interface CallbackReleased {
  /** Every reference to the client but its parameter: the guard's test and the query's receiver. */
  references: TSESTree.Identifier[];
  release: TSESTree.CallExpression;
}

/** The shape described above, or null for anything else (which the path analysis follows). */
export function callbackReleased(acquisition: Acquisition, sourceCode: SourceCode): CallbackReleased | null {
  const { client, releaseFunction: done, errorParameter: error, owner } = acquisition;
  if (acquisition.style !== "callback" || acquisition.target !== "variable" || !client || !done || !error) return null;
  if (!isPlainCallback(owner) || acquisition.call.arguments.at(-1) !== owner || owner.body.type !== AST_NODE_TYPES.BlockStatement) {
    return null;
  }
  const [guard, second, ...rest] = owner.body.body;
  if (rest.length > 0 || guard?.type !== AST_NODE_TYPES.IfStatement || !testsError(guard.test, error, client)) return null;
  // The work after the guard, or in its `else` (then nothing may follow the `if`).
  let work: TSESTree.Statement | undefined;
  if (guard.alternate) {
    if (second) return null;
    work = soleStatement(guard.alternate);
  } else {
    if (!leavesAtEnd(guard.consequent)) return null;
    work = second;
  }
  const query = work && queryWithCallback(work);
  // A callback destructuring its result (`(err, { rows }) => { done(); … }`) throws on entry when the query fails,
  // before its first statement: not released first thing (gaps-33).
  if (!query || destructuredResult(query.callback)) return null;
  const release = firstStatementCall(query.callback);
  // The first call must be `done`'s own: `callback(err, res);` there, with `done` never referenced, releases nothing.
  if (!release || !done.references.some((reference) => reference.identifier === release.callee)) return null;
  // `done` is called first thing in the query's callback and nowhere else, but for plain calls in the guard's branch
  // (`if (err) return done(err);`), which runs without a client and leaves.
  for (const reference of done.references) {
    if (reference.identifier !== release.callee && !plainCallIn(reference.identifier as TSESTree.Identifier, guard.consequent)) return null;
  }

  // The client: its parameter, the guard's `!client` (if any) and the query's receiver, nothing else.
  const test = guard.test;
  const references: TSESTree.Identifier[] = [];
  for (const reference of client.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (identifier === acquisition.binding) continue;
    if (identifier !== query.receiver && !encloses(test, identifier)) return null;
    references.push(identifier);
  }
  if (!references.includes(query.receiver)) return null;
  // A function expression may release through `arguments[2]`, which is no reference to `done`.
  if (owner.type === AST_NODE_TYPES.FunctionExpression && (sourceCode.getScope(owner).set.get("arguments")?.references.length ?? 0) > 0) {
    return null;
  }
  return { references, release };
}

/** Neither async nor a generator: a throw in it is a crash, as the analysis models node-style callbacks. */
function isPlainCallback(node: TSESTree.Node): node is CallbackFunction {
  return isCallbackFunction(node) && !node.async && !node.generator;
}

/** `err` or `err || !client`: the test of a guard whose branch runs when the checkout failed (no client exists there). */
function testsError(test: TSESTree.Expression, error: TSESLint.Scope.Variable, client: TSESLint.Scope.Variable): boolean {
  const isError = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.Identifier && error.references.some((r) => r.identifier === node);
  const isNoClient = (node: TSESTree.Node) =>
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === "!" &&
    node.argument.type === AST_NODE_TYPES.Identifier &&
    client.references.some((r) => r.identifier === node.argument);
  return isError(test) || (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "||" && isError(test.left) && isNoClient(test.right));
}

/** `return …;` / `{ …; return; }` (or `throw`): a guard's branch that leaves the callback. */
function leavesAtEnd(consequent: TSESTree.Statement): boolean {
  const last = consequent.type === AST_NODE_TYPES.BlockStatement ? consequent.body.at(-1) : consequent;
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
}

/** The one statement of an `else` (written bare or as a block of one). */
function soleStatement(statement: TSESTree.Statement): TSESTree.Statement | undefined {
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return statement;
  return statement.body.length === 1 ? statement.body[0] : undefined;
}

/**
 * `done(…)` called as a statement (`done(err);`, `return done(err);`) straight in `branch` (in none of its nested
 * statements or functions), its arguments plain names or literals: it runs on that branch, once, as it is written.
 */
function plainCallIn(identifier: TSESTree.Identifier, branch: TSESTree.Statement): boolean {
  const call = identifier.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || call.optional) return false;
  if (!call.arguments.every((argument) => argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.Literal)) return false;
  const statement = call.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement && statement?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  return statement === branch || (branch.type === AST_NODE_TYPES.BlockStatement && statement.parent === branch);
}

/**
 * `client.query(a, b, (…) => { … });` whose other arguments cannot throw or call anything (literals, names, member
 * reads, arrays of them): the receiver and the callback, given last, written inline.
 */
function queryWithCallback(statement: TSESTree.Statement): { receiver: TSESTree.Identifier; callback: CallbackFunction } | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = statement.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.optional) return null;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional) return null;
  if (callee.object.type !== AST_NODE_TYPES.Identifier || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== "query") {
    return null;
  }
  const callback = call.arguments.at(-1);
  if (!callback || !isPlainCallback(callback) || callback.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  if (!call.arguments.slice(0, -1).every(isInert)) return null;
  return { receiver: callee.object, callback };
}

function isInert(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(isInert);
    case AST_NODE_TYPES.MemberExpression:
      return !node.computed && isInert(node.object);
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element !== null && isInert(element));
    default:
      return false;
  }
}

/** A call of a plain name with plain-name arguments (`done();`, `done(err);`) as the first statement of `fn`'s body. */
function firstStatementCall(fn: CallbackFunction): (TSESTree.CallExpression & { callee: TSESTree.Identifier }) | null {
  const first = fn.body.type === AST_NODE_TYPES.BlockStatement ? fn.body.body[0] : undefined;
  if (first?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = first.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.optional || call.callee.type !== AST_NODE_TYPES.Identifier) return null;
  if (!call.arguments.every((argument) => argument.type === AST_NODE_TYPES.Identifier)) return null;
  return call as TSESTree.CallExpression & { callee: TSESTree.Identifier };
}
