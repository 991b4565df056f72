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

/** `X.connect()` with no arguments, possibly awaited: the value of a pool checkout. */
function isCheckoutValue(node: TSESTree.Node): boolean {
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
function checkoutHolders(body: TSESTree.BlockStatement): Set<string> {
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

/**
 * Every value `fn` returns is a checkout (`return pool.connect()`, `return await global.connection.connect()`, an
 * arrow whose body is one, `return client` of a `const client = await pool.connect()`), and it returns at least
 * one. A bare `return;`, `return null` or `return undefined` gives nothing and is allowed (the caller tests for it:
 * `if (!lock) return;`); any other returned value makes it something else. Returns of nested functions are theirs,
 * not `fn`'s.
 */
export function returnsOnlyCheckouts(fn: TSESTree.Node): boolean {
  if (!isFunction(fn)) return false;
  if (fn.body === null || fn.body === undefined) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isCheckoutValue(fn.body);
  const holders = checkoutHolders(fn.body);
  let checkouts = 0;
  const other = someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.ReturnStatement || !node.argument) return false;
    const value = unwrapExpression(node.argument);
    if (isNothing(value)) return "skip"; // a helper that finds nothing to hand out (`acquireRunLock()` when the lock is taken)
    if (!isCheckoutValue(value) && !(value.type === AST_NODE_TYPES.Identifier && holders.has(value.name))) return true;
    checkouts += 1;
    return "skip";
  });
  return !other && checkouts > 0;
}
