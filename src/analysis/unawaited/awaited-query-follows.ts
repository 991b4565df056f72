// A bare `client.query("BEGIN")` that every path follows with an awaited query on the same client before the client
// goes back: pg runs a client's queries in order, so the client is not back in the pool while it runs. It is still
// un-awaited work (its rejection is unhandled, the code after it carries on as if it succeeded, and pg 8.19
// deprecates sending a query while another runs on the client), so the rule reports it with a message that says so,
// not with the pool hazard. Read structurally and conservatively: loops, switches, labels and any `return`, `break`
// or `continue` on the way count as ways out without the await; every statement passed may throw into its `catch`.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { encloses, isFunctionNode, methodCall, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { callbackOfQuery } from "./released-while-running.js";

/** How a run through some statements ends: at an awaited query, off their end, or out another way (or unknown). */
type Scan = "awaited" | "through" | "lost";

interface Walk {
  isClient: (node: TSESTree.Node) => boolean;
  held: HeldClient;
  visitorKeys: TSESLint.SourceCode["visitorKeys"];
}

/** True when every path from `statement` (a bare query on `held`'s client) reaches an awaited query on it first. */
export function awaitedQueryFollows(
  statement: TSESTree.ExpressionStatement,
  held: HeldClient,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const references = new Set<TSESTree.Node>(held.client.references.map((reference) => reference.identifier));
  const context: Walk = { isClient: (node) => references.has(node), held, visitorKeys: sourceCode.visitorKeys };
  const passed: TSESTree.Node[] = [];
  return after(statement, context, passed) === "awaited" && passed.every((node) => throwCovered(node, context));
}

/** `await client.query(…)` as a statement, a declaration's value, or what is returned. */
function isAwaitedQuery(statement: TSESTree.Statement, context: Walk): boolean {
  let value: TSESTree.Node | null | undefined;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement || statement.type === AST_NODE_TYPES.ReturnStatement) {
    value = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement.argument;
  } else if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) {
    value = statement.declarations[0]!.init;
  }
  const awaited = value ? unwrapExpression(value) : null;
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return releasedInQueryCallback(statement, context);
  const call = unwrapExpression(awaited.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = methodCall(call);
  return method?.name === "query" && context.isClient(method.object);
}

/**
 * `client.query(sql, (err, res) => { done(); … })`: a callback-style query whose callback releases the client holds it
 * as an awaited one does, since pg calls back once the queries sent before it have run (pg's own tests send their
 * set-up queries bare, then the one whose callback calls `done()`).
 */
function releasedInQueryCallback(statement: TSESTree.Statement, context: Walk): boolean {
  const callback = callbackOfQuery(statement, context.held);
  return callback !== null && context.held.releases.some((release) => encloses(callback, release));
}

/** Runs `list` from `from`, entering plain blocks and `try` blocks (then their `finally`); records what it passes. */
function scanList(list: readonly TSESTree.Statement[], from: number, context: Walk, passed: TSESTree.Node[]): Scan {
  for (const statement of list.slice(from)) {
    if (isAwaitedQuery(statement, context)) {
      // Once sent, the query waits for the one before it, whether it then succeeds or fails; only building its
      // arguments can throw before it is sent.
      if (callsIn(statement, context)) passed.push(statement);
      return "awaited";
    }
    if (statement.type === AST_NODE_TYPES.BlockStatement) {
      const scan = scanList(statement.body, 0, context, passed);
      if (scan !== "through") return scan;
      continue;
    }
    if (statement.type === AST_NODE_TYPES.TryStatement) {
      const scan = scanList(statement.block.body, 0, context, passed);
      if (scan !== "through") return scan;
      const finalizer = statement.finalizer ? scanList(statement.finalizer.body, 0, context, passed) : "through";
      if (finalizer !== "through") return finalizer;
      continue;
    }
    if (leavesOrReleases(statement, context)) return "lost";
    // Another bare query on the client is queued the same way, and pg's `query()` hands its errors to the promise
    // (or the callback), so sending it does not throw.
    if (!isBareClientQuery(statement, context)) passed.push(statement);
  }
  return "through";
}

/**
 * `client.query(sql, values);`, or with a callback (`client.query(sql, cb)`, `client.query(sql, assert.calls(cb))`):
 * a query on the client as a statement, with no other call in it.
 */
function isBareClientQuery(statement: TSESTree.Statement, context: Walk): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = unwrapExpression(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = methodCall(call);
  if (method?.name !== "query" || !context.isClient(method.object)) return false;
  const callback = callbackOfQuery(statement, context.held);
  let calls = 0;
  walk(statement, context.visitorKeys, (node) => {
    if (node !== statement && isFunctionNode(node)) return false;
    // The wrapper the callback is given to (`assert.calls(cb)`) only makes the callback.
    if (callback && node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1 && node.arguments[0] === callback) {
      return true;
    }
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) calls += 1;
    return true;
  });
  return calls === 1;
}

/** What runs once `node` (a statement, a block, a catch clause) completes normally, up to the function's end. */
function after(node: TSESTree.Node, context: Walk, passed: TSESTree.Node[]): Scan {
  const parent = node.parent;
  if (!parent) return "lost";
  switch (parent.type) {
    case AST_NODE_TYPES.BlockStatement: {
      const scan = scanList(parent.body, parent.body.indexOf(node as TSESTree.Statement) + 1, context, passed);
      return scan === "through" ? after(parent, context, passed) : scan;
    }
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.CatchClause:
      return after(parent, context, passed);
    case AST_NODE_TYPES.TryStatement: {
      if (node !== parent.finalizer && parent.finalizer) {
        const scan = scanList(parent.finalizer.body, 0, context, passed);
        if (scan !== "through") return scan;
      }
      return after(parent, context, passed);
    }
    default:
      // The end of the function (the client goes back with it, or the caller decides), a loop, a switch, a label.
      return "lost";
  }
}

/** The statement releases the client, or may leave with `return`/`break`/`continue` (nested functions aside). */
function leavesOrReleases(statement: TSESTree.Statement, context: Walk): boolean {
  const [start, end] = statement.range;
  if (context.held.releases.some((release) => release.range[0] >= start && release.range[1] <= end)) return true;
  let leaves = false;
  walk(statement, context.visitorKeys, (node) => {
    if (leaves || (node !== statement && isFunctionNode(node))) return false;
    if (
      node.type === AST_NODE_TYPES.ReturnStatement ||
      node.type === AST_NODE_TYPES.BreakStatement ||
      node.type === AST_NODE_TYPES.ContinueStatement
    ) {
      leaves = true;
    }
    return !leaves;
  });
  return leaves;
}

/** `node` makes a call (or `new`, `await`, a tagged template) outside nested functions, beyond its own query. */
function callsIn(node: TSESTree.Node, context: Walk): boolean {
  let calls = 0;
  walk(node, context.visitorKeys, (child) => {
    if (child !== node && isFunctionNode(child)) return false;
    if (
      child.type === AST_NODE_TYPES.CallExpression ||
      child.type === AST_NODE_TYPES.NewExpression ||
      child.type === AST_NODE_TYPES.AwaitExpression ||
      child.type === AST_NODE_TYPES.TaggedTemplateExpression
    ) {
      calls += 1;
    }
    return true;
  });
  return calls > 2; // the statement's own `await` and query call
}

/** An exception from `node` reaches an awaited query on the client (in a `catch` or `finally`) before going on. */
function throwCovered(node: TSESTree.Node, context: Walk): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement) {
      const handler = child === current.block ? current.handler : null;
      const passed: TSESTree.Node[] = [];
      if (handler) {
        return scanList(handler.body.body, 0, context, passed) === "awaited" && passed.every((inner) => throwCovered(inner, context));
      }
      if (current.finalizer && child !== current.finalizer) {
        const scan = scanList(current.finalizer.body, 0, context, passed);
        if (scan === "awaited") return passed.every((inner) => throwCovered(inner, context));
        if (scan === "lost") return false;
      }
    }
    child = current;
  }
  return false;
}
