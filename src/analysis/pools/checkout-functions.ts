// A project's own connection helper: `async function connect() { …; return pool.connect(); }` (the widespread
// `global.connection` tutorial module, and its variants). A module that exports such a `connect` hands out pool
// clients exactly as a pool does: `const db = require("./db"); const client = await db.connect()` is a checkout, and
// the client must be released. Only the shape of the function is read (every value it returns is a no-argument
// `X.connect()`, awaited or not, or a variable of the function's own holding one: `const client = await
// pool.connect(); return client;`), never its name alone: a `connect` that returns anything else — a client it keeps
// for every caller, a pool, a flag — is not such a helper. The same reading says whether a local module's exported
// function of any name (`getClient`, `startConnection`) is a checkout (pools/exported-functions.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { isNothing, methodCall, unwrapExpression } from "../node-shapes.js";
import { declaresOwn, namedOutside } from "./kept-module-clients.js";

/** `X.connect()` with no arguments, possibly awaited: the value of a pool checkout. */
export function isCheckoutValue(node: TSESTree.Node): boolean {
  let value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.arguments.length > 0) return false;
  return methodCall(value)?.name === "connect";
}

/**
 * The variables of `fn` itself (not of a nested function) that hold one checkout and nothing else: declared
 * `const|let c = await X.connect()` and never assigned again, or declared empty (`let c;`, `let c = null`) and
 * assigned once, from a checkout (`let client = null; try { client = await pool.connect(); …; return client; }
 * catch (e) { if (client) client.release(); throw e; }`: giorgosph/givy-backend's startTransaction). Returning one
 * returns that checkout (or nothing, which the caller tests for).
 */
export function checkoutHolders(body: TSESTree.BlockStatement): Set<string> {
  const holders = new Set<string>();
  const empty = new Set<string>();
  const assigned = new Map<string, number>();
  const assignedOther = new Set<string>();
  const count = (name: string): void => {
    assigned.set(name, (assigned.get(name) ?? 0) + 1);
  };
  someNodeBelow([body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) {
      const name = node.id.name;
      if (holders.has(name) || empty.has(name)) assignedOther.add(name); // the same name declared twice: not one value
      if (node.init && isCheckoutValue(node.init)) holders.add(name);
      else if (!node.init || isNothing(node.init)) empty.add(name);
      else assignedOther.add(name);
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier) {
      if (node.operator === "=" && isCheckoutValue(node.right)) count(node.left.name);
      else assignedOther.add(node.left.name);
    }
    if (node.type === AST_NODE_TYPES.UpdateExpression && node.argument.type === AST_NODE_TYPES.Identifier) assignedOther.add(node.argument.name);
    return false;
  });
  for (const name of holders) if (assigned.has(name)) assignedOther.add(name);
  for (const [name, times] of assigned) if (empty.has(name) && times === 1) holders.add(name);
  for (const name of assignedOther) holders.delete(name);
  return holders;
}

/** `X = <checkout>;` as a statement: the name it assigns a checkout to, else null. */
function assignedCheckout(statement: TSESTree.Statement | undefined): string | null {
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const assignment = unwrapExpression(statement.expression);
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  if (assignment.left.type !== AST_NODE_TYPES.Identifier || !isCheckoutValue(assignment.right)) return null;
  return assignment.left.name;
}

/** The `return` statements of `roots` (not of nested functions). */
function returnsBelow(roots: readonly unknown[]): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  someNodeBelow(roots, (node) => {
    if (isFunction(node)) return "skip";
    if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node);
    return false;
  });
  return found;
}

/**
 * Two kinds of `return` in `body` that leave a function a checkout helper though they return no checkout the other
 * readings know of (module ASTs carry no parent links, so both are found from above):
 * - `return client;` right after `client = await pool.connect();` in the same block: nothing runs between the two,
 *   so the value returned is the checkout just made, even when `client` is not the function's own variable
 *   (Cybertron-Avneesh/SWE-backend's utils/db.js assigns it to an undeclared global). A variable kept across calls
 *   and assigned only when empty (`if (!client) client = await pool.connect(); return client;`) is not this shape,
 *   nor is one the module's other code names (`exports.query = (text) => client.query(text)`: kept-module-clients.ts);
 * - a `return` in the catch clause of a `try` whose block makes the checkout (`catch (err) { return
 *   res.status(503).end(…); }`): what the helper answers when the checkout failed, never a client it keeps for every
 *   caller, so, as a bare `return null`, it does not make the function something else.
 */
function helperReturns(
  body: TSESTree.BlockStatement,
  keptElsewhere: (name: string) => boolean,
): { checkouts: Set<TSESTree.Node>; failedCheckoutAnswers: Set<TSESTree.Node> } {
  const checkouts = new Set<TSESTree.Node>();
  const failedCheckoutAnswers = new Set<TSESTree.Node>();
  someNodeBelow([body], (node) => {
    if (isFunction(node)) return "skip";
    const statements =
      node.type === AST_NODE_TYPES.BlockStatement ? node.body : node.type === AST_NODE_TYPES.SwitchCase ? node.consequent : null;
    statements?.forEach((statement, index) => {
      if (statement.type !== AST_NODE_TYPES.ReturnStatement || !statement.argument) return;
      const value = unwrapExpression(statement.argument);
      const assigned = assignedCheckout(statements[index - 1]);
      if (assigned === null || value.type !== AST_NODE_TYPES.Identifier || value.name !== assigned) return;
      if (!keptElsewhere(assigned)) checkouts.add(statement);
    });
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) {
      const checksOut = someNodeBelow([node.block.body], (inner) => (isFunction(inner) ? "skip" : isCheckoutValue(inner)));
      if (checksOut) for (const answer of returnsBelow([node.handler.body])) failedCheckoutAnswers.add(answer);
    }
    return false;
  });
  return { checkouts, failedCheckoutAnswers };
}

/**
 * Every value `fn` returns is a checkout (`return pool.connect()`, `return await global.connection.connect()`, an
 * arrow whose body is one, `return client` of a `const client = await pool.connect()`), and it returns at least
 * one. A bare `return;`, `return null` or `return undefined` gives nothing and is allowed (the caller tests for it:
 * `if (!lock) return;`); so does whatever a catch clause of the checkout's `try` returns (helperReturns); any
 * other returned value makes it something else. Returns of nested functions are theirs, not `fn`'s.
 */
export function returnsOnlyCheckouts(fn: TSESTree.Node, program: TSESTree.Program): boolean {
  if (!isFunction(fn)) return false;
  if (fn.body === null || fn.body === undefined) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isCheckoutValue(fn.body);
  const holders = checkoutHolders(fn.body);
  const { checkouts: assignedReturns, failedCheckoutAnswers } = helperReturns(fn.body, (name) => !declaresOwn(fn, name) && namedOutside(program, fn, name));
  let checkouts = 0;
  const other = someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.ReturnStatement || !node.argument) return false;
    const value = unwrapExpression(node.argument);
    if (isNothing(value)) return "skip"; // a helper that finds nothing to hand out (`acquireRunLock()` when the lock is taken)
    const isCheckout =
      isCheckoutValue(value) || (value.type === AST_NODE_TYPES.Identifier && holders.has(value.name)) || assignedReturns.has(node);
    if (!isCheckout) return failedCheckoutAnswers.has(node) ? "skip" : true;
    checkouts += 1;
    return "skip";
  });
  return !other && checkouts > 0;
}
