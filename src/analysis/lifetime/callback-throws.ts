// Throws that are certain inside a node-style callback. Calls in such callbacks are not counted as throw points (a
// throw there crashes the process, and most calls do not throw), but two shapes throw exactly when something went
// wrong, and a test runner or an `uncaughtException` handler keeps the process — and the pool, short one client —
// alive: a failing assertion (`assert(…)`, `assert.equal(…)`, `expect(…)…`), and reading a property of the result
// when the error was not checked first (`(err, res) => { res.rows[0] … }`: pg calls back `(err)` alone on failure).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { encloses, isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isTestPosition } from "./client-references.js";
import { takesErrorFirst, type CallbackFunction } from "./callback-arguments.js";
import { assertingHelperCall } from "./asserting-helpers.js";
import { errorTestThatGoesOn } from "./unexited-error-checks.js";
import { caughtPatchedQueries } from "./patched-queries.js";
import { answersWhetherSet } from "./closure-releases.js";
import { unassignedQueryConfigs } from "./unassigned-query-configs.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * Why a throw is certain: a failing assertion, a read of the result a failed call did not give, a read of the
 * variable a swallowing `.catch` left undefined (swallowed-results.ts), or a node-postgres-named query missing a
 * named value, which the callback's own `catch` swallows (patched-queries.ts), or a query whose config some path leaves
 * undefined (unassigned-query-configs.ts).
 */
export type CertainThrow = "assertion" | "resultRead" | "resultDestructured" | "swallowedResult" | "patchedQuery" | "unassignedQuery";

export interface CertainThrowPoint {
  /** The identifier the event is recorded at (`assert`, or the result parameter), in the callback's own body. */
  identifier: TSESTree.Identifier;
  /** The throwing node: the assertion call, or the member read. */
  node: TSESTree.Node;
  certain: CertainThrow;
}

const ASSERTION_NAMES = new Set(["assert", "expect"]);

/** `fn`'s nearest enclosing function is `fn` itself. */
function directlyIn(node: TSESTree.Node, fn: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === fn) return true;
    if (isFunctionNode(current)) return false;
  }
  return false;
}

/**
 * `assert(…)`, `assert.equal(…)`, `assert.strict.ok(…)`, `expect(…)`: the call made through `identifier`; null when it
 * is not called, or when it is given a function (`assert.calls(fn)` wraps a callback, `assert.throws(fn)` runs one).
 */
function assertionCall(identifier: TSESTree.Identifier): TSESTree.CallExpression | null {
  let node: TSESTree.Node = identifier;
  let parent = parentSkippingWrappers(node);
  while (parent?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === node) {
    node = parent;
    parent = parentSkippingWrappers(node);
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(parent.callee) !== node) return null;
  const takesFunction = parent.arguments.some(
    (argument) => argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression,
  );
  return takesFunction ? null : parent;
}

/** The connect callback's error and client parameters: what says whether the checkout worked. */
export interface ConnectOutcome {
  error: Variable | null;
  client: Variable | null;
}

/**
 * An assertion on whether the checkout worked — about its error (`assert(!err)`, `expect(err).to.be.an(Error)`) or
 * about the client being there (`expect(client).to.not.be(undefined)`, `assert(client)`) — fails only when there is
 * no client to lose. An assertion that uses the client (`assert.equal(client.processID > 0, true)`) is not one.
 */
function aboutCheckout(call: TSESTree.CallExpression, outcome: ConnectOutcome): boolean {
  if (outcome.error?.references.some((reference) => encloses(call, reference.identifier))) return true;
  return (outcome.client?.references ?? []).some((reference) => {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (!encloses(call, identifier)) return false;
    const parent = parentSkippingWrappers(identifier);
    return parent !== undefined && (parent.type === AST_NODE_TYPES.CallExpression || isTestPosition(parent, identifier));
  });
}

/** `identifier` is `assert`/`expect` called directly in `fn`'s own body. */
function assertsIn(identifier: TSESTree.Identifier, fn: TSESTree.Node): boolean {
  return ASSERTION_NAMES.has(identifier.name) && directlyIn(identifier, fn) && assertionCall(identifier) !== null;
}

/**
 * The assertions in `fn`'s own body, and the calls of the file's own helpers that assert; `connect`: for the connect
 * callback itself, leave out those on its outcome.
 */
function assertions(fn: CallbackFunction, sourceCode: SourceCode, connect: ConnectOutcome | null): CertainThrowPoint[] {
  const found: CertainThrowPoint[] = [];
  for (const reference of sourceCode.getScope(fn).through) {
    const identifier = reference.identifier as TSESTree.Identifier;
    if (!directlyIn(identifier, fn)) continue;
    const call = ASSERTION_NAMES.has(identifier.name) ? assertionCall(identifier) : assertingHelperCall(reference, sourceCode, assertsIn);
    if (call && !(connect && aboutCheckout(call, connect))) found.push({ identifier, node: call, certain: "assertion" });
  }
  return found;
}

/**
 * In a continuation `(err, res) => …`: the first read of a property of `res` that comes before anything looks at
 * `err` (other than passing it to a call, such as logging it) or tests `res`. A test `if (err) …` that goes on after
 * its error branch (unexited-error-checks.ts) checks only the reads inside that branch. Null when there is none, or
 * when the callback does not take an error first.
 */
export function resultReadBeforeErrorCheck(fn: CallbackFunction, sourceCode: SourceCode): CertainThrowPoint | null {
  const [errorParam, resultParam] = fn.params;
  if (!takesErrorFirst(fn) || resultParam?.type !== AST_NODE_TYPES.Identifier) return null;
  const variables = sourceCode.getDeclaredVariables(fn);
  const error = variables.find((variable) => variable.identifiers.includes(errorParam as TSESTree.Identifier));
  const result = variables.find((variable) => variable.identifiers.includes(resultParam));
  if (!error || !result) return null;
  let firstCheck = Infinity;
  const testsThatGoOn: TSESTree.IfStatement[] = [];
  for (const reference of error.references) {
    const parent = parentSkippingWrappers(reference.identifier);
    const passedOn = parent?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) !== reference.identifier;
    // Passed to a call (logging it) is no check, unless the call answers whether it is set: `if (shouldAbort(err))`.
    const tested = !passedOn ? reference.identifier : answersWhetherSet(parent, reference.identifier, sourceCode) ? parent : null;
    if (!tested) continue;
    const goesOn = errorTestThatGoesOn(tested);
    if (goesOn) testsThatGoOn.push(goesOn);
    else firstCheck = Math.min(firstCheck, reference.identifier.range[0]);
  }
  let read: CertainThrowPoint | null = null;
  for (const reference of result.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = parentSkippingWrappers(identifier);
    if (!parent) continue;
    if (reference.isWrite() || isTestPosition(parent, identifier)) {
      firstCheck = Math.min(firstCheck, identifier.range[0]);
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier || parent.optional) continue;
    if (!directlyIn(identifier, fn)) continue;
    if (!read || identifier.range[0] < read.identifier.range[0]) read = { identifier, node: parent, certain: "resultRead" };
  }
  if (!read || read.identifier.range[0] >= firstCheck) return null;
  const readAt = read.identifier;
  return testsThatGoOn.some((test) => test.range[0] < readAt.range[0] && encloses(test.consequent, readAt)) ? null : read;
}

/**
 * `(err, { rows }) => …`, `(err, [first]) => …`: the result parameter destructured with no default, which throws as
 * the callback is entered with the error alone, whatever the body checks (gaps-33). Recorded at the pattern's first
 * identifier, which the traversal enters before the body; null for `(err, { rows } = {})` or a plain parameter.
 */
export function destructuredResult(fn: CallbackFunction): CertainThrowPoint | null {
  const pattern = fn.params[1];
  if (!takesErrorFirst(fn) || (pattern?.type !== AST_NODE_TYPES.ObjectPattern && pattern?.type !== AST_NODE_TYPES.ArrayPattern)) return null;
  const identifier = firstBinding(pattern);
  return identifier ? { identifier, node: pattern, certain: "resultDestructured" } : null;
}

/** The first name a pattern binds (`rows` of `{ rows }`, `a` of `[{ a }]`), the value side of a property; else null. */
function firstBinding(node: TSESTree.Node | null | undefined): TSESTree.Identifier | null {
  switch (node?.type) {
    case AST_NODE_TYPES.Identifier:
      return node;
    case AST_NODE_TYPES.ObjectPattern: {
      const first = node.properties[0];
      return first ? firstBinding(first.type === AST_NODE_TYPES.Property ? first.value : first.argument) : null;
    }
    case AST_NODE_TYPES.ArrayPattern:
      return firstBinding(node.elements.find((element) => element !== null));
    case AST_NODE_TYPES.AssignmentPattern:
      return firstBinding(node.left);
    case AST_NODE_TYPES.RestElement:
      return firstBinding(node.argument);
    default:
      return null;
  }
}

/**
 * The certain throws of a callback that holds a client: assertions anywhere in its body, caught queries of a client
 * node-postgres-named patched, queries given a config some path leaves undefined, and — when it continues the
 * work (`client.query(sql, cb)`), not when it is the connect callback itself, whose failure leaves no client — an
 * unchecked read of its result.
 */
export function certainThrows(
  fn: CallbackFunction,
  sourceCode: SourceCode,
  role: { continuation: boolean; connect: ConnectOutcome },
): CertainThrowPoint[] {
  const points = assertions(fn, sourceCode, role.continuation ? null : role.connect);
  const read = role.continuation ? (destructuredResult(fn) ?? resultReadBeforeErrorCheck(fn, sourceCode)) : null;
  if (read) points.push(read);
  for (const { identifier, call } of caughtPatchedQueries(fn, role.connect.client, sourceCode)) points.push({ identifier, node: call, certain: "patchedQuery" });
  for (const { identifier, call } of unassignedQueryConfigs(fn, role.connect.client, sourceCode)) points.push({ identifier, node: call, certain: "unassignedQuery" });
  return points;
}
