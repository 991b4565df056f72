// What runs after a statement in the same synchronous run, up to the first `await`/`yield` or the first statement that
// leaves: the rest of its statement list, then, once the list has run to its end, what its block hands on to — the
// statements after an `if`, a plain block, a loop (which repeats or ends without a tick in between) or a `try`
// (through its `finally`, which runs next), and the statements after the call of an array iteration whose callback the
// list is (`rows.forEach((row) => { … })`: forEach, map and the rest call back before they return). Anything else —
// a `switch` case, a label, a `finally` (it may rethrow), a callback of any other call, the function that holds the
// client — ends the walk: the run may end there, so no release after it is certain.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { walk, type VisitorKeys } from "../ast-walk.js";
import { encloses, isFunctionNode, methodCall, parentSkippingWrappers, statementList, unwrapExpression } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";
import { ARRAY_ITERATIONS } from "../lifetime/per-item-releases.js";

/**
 * The release of `held` that runs after `node` completes, in the same synchronous run; null when the run may end or
 * leave first. `node` is a statement, or the expression body of an arrow function (`(row) => client.query(…, cb)`).
 */
export function releaseAfter(node: TSESTree.Node, held: HeldClient, visitorKeys: VisitorKeys): TSESTree.Node | null {
  let completed: TSESTree.Node | null = node;
  // Each step moves out of a list or up the tree; the bound only guards against a shape this reading did not foresee.
  for (let steps = 0; completed && steps < 10_000; steps++) {
    const list = statementList(completed);
    if (list && completed.parent?.type !== AST_NODE_TYPES.SwitchCase) {
      // In a function's own body a `return` completes it as running to the end does (an iteration's callback).
      const block = completed.parent;
      const owner = block?.parent;
      const functionBody = owner !== null && owner !== undefined && isFunctionNode(owner) && owner.body === block;
      const found = releaseAmong(list.slice(list.indexOf(completed) + 1), held, visitorKeys, functionBody);
      if (found !== undefined) return found;
      // The list ran to its end: its block (the list's owner) completed.
      completed = completed.parent ?? null;
    }
    if (!completed || completed === held.owner) return null;
    const next = handedOn(completed, held, visitorKeys);
    if (next === null || "release" in next) return next?.release ?? null;
    completed = next.statement;
  }
  return null;
}

/**
 * The first release of `held` in `statements`, run in order from the first, up to one that may suspend or leaves the
 * list (then null: the run may end there; a `return` counts as the end when `returnCompletes`); undefined when they
 * all ran without a release.
 */
export function releaseAmong(
  statements: readonly TSESTree.Node[],
  held: HeldClient,
  visitorKeys: VisitorKeys,
  returnCompletes = false,
): TSESTree.Node | null | undefined {
  for (const later of statements) {
    // A function declaration runs nothing where it stands (it is hoisted): its release runs only where it is called.
    if (later.type === AST_NODE_TYPES.FunctionDeclaration) continue;
    if (suspends(later, visitorKeys)) return null;
    const release = held.releases.find((node) => encloses(later, node) && !insideFunctionBelow(node, later));
    if (release) return release;
    if (returnCompletes && later.type === AST_NODE_TYPES.ReturnStatement) return undefined;
    if (leavesTheList(later)) return null;
  }
  return undefined;
}

/**
 * `node` (a block, or a statement or expression body that is not in a list) has completed normally: the statement
 * whose completion comes next in the same run, a release met on the way (a `finally`'s), or null when it is not known.
 */
function handedOn(
  node: TSESTree.Node,
  held: HeldClient,
  visitorKeys: VisitorKeys,
): { statement: TSESTree.Node } | { release: TSESTree.Node } | null {
  const parent = node.parent;
  if (!parent) return null;
  switch (parent.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
      // A plain block `{ … }` that is itself a statement of a list.
      return parent.body.includes(node as TSESTree.Statement) ? { statement: node } : null;
    case AST_NODE_TYPES.IfStatement:
      return parent.test === node ? null : { statement: parent };
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      // The body ran: the loop repeats or ends, with no tick in between unless the loop itself awaits somewhere.
      return parent.body === node && !suspends(parent, visitorKeys) ? { statement: parent } : null;
    case AST_NODE_TYPES.CatchClause:
      return parent.body === node ? throughFinally(parent.parent, held, visitorKeys) : null;
    case AST_NODE_TYPES.TryStatement:
      return parent.block === node ? throughFinally(parent, held, visitorKeys) : null;
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return parent.body === node && parent !== held.owner ? afterIteration(parent, visitorKeys) : null;
    default:
      return null;
  }
}

/** The try block or a catch clause of `statement` completed: its `finally` runs next, then what follows the `try`. */
function throughFinally(statement: TSESTree.TryStatement, held: HeldClient, visitorKeys: VisitorKeys): { statement: TSESTree.Node } | { release: TSESTree.Node } | null {
  if (!statement.finalizer) return { statement };
  const found = releaseAmong(statement.finalizer.body, held, visitorKeys);
  if (found === undefined) return { statement };
  return found ? { release: found } : null;
}

/**
 * `fn` is the callback of an array iteration (`rows.forEach((row) => { … })`, the method's first argument, neither
 * async nor a generator): it has run for an item, and once the call returns, its statement completes. The method is
 * known by its name, as per-item-releases.ts reads it; `_.forEach(rows, fn)` and `async.each(rows, fn)` pass the
 * callback second and are not read.
 */
function afterIteration(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, visitorKeys: VisitorKeys): { statement: TSESTree.Node } | null {
  if (fn.async || fn.generator) return null;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  const method = methodCall(call);
  if (!method || !ARRAY_ITERATIONS.has(method.name)) return null;
  const holder = parentSkippingWrappers(call);
  if (holder?.type === AST_NODE_TYPES.ExpressionStatement) return { statement: holder };
  // `const sent = rows.map(…)`: the declaration completes once the call returns (and its other declarators ran).
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init && unwrapExpression(holder.init) === call) {
    const declaration = holder.parent;
    return suspends(declaration, visitorKeys) ? null : { statement: declaration };
  }
  return null;
}

/** The statement can end the synchronous run: it awaits or yields outside any function it declares. */
export function suspends(statement: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  let found = false;
  walk(statement, visitorKeys, (node) => {
    if (found || (node !== statement && isFunctionNode(node))) return false;
    if (
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      (node.type === AST_NODE_TYPES.ForOfStatement && node.await)
    ) {
      found = true;
      return false;
    }
    return true;
  });
  return found;
}

/** `node` sits in a function declared inside `statement`: it runs later (a listener, a callback), not now. */
export function insideFunctionBelow(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== statement; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/** A `return`, `throw`, `break` or `continue`: the statements after it in its list do not run. */
export function leavesTheList(statement: TSESTree.Node): boolean {
  return (
    statement.type === AST_NODE_TYPES.ReturnStatement ||
    statement.type === AST_NODE_TYPES.ThrowStatement ||
    statement.type === AST_NODE_TYPES.BreakStatement ||
    statement.type === AST_NODE_TYPES.ContinueStatement
  );
}
