// A project's own connection helper: `async function connect() { …; return pool.connect(); }` (the widespread
// `global.connection` tutorial module, and its variants). A module that exports such a `connect` hands out pool
// clients exactly as a pool does: `const db = require("./db"); const client = await db.connect()` is a checkout, and
// the client must be released. Only the shape of the function is read (every value it returns is a no-argument
// `X.connect()`, awaited or not), never its name alone: a `connect` that returns anything else — a client it keeps,
// a pool, a flag — is not such a helper.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { methodCall, unwrapExpression } from "../node-shapes.js";

/** `X.connect()` with no arguments, possibly awaited: the value of a pool checkout. */
function isCheckoutValue(node: TSESTree.Node): boolean {
  let value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrapExpression(value.argument);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.arguments.length > 0) return false;
  return methodCall(value)?.name === "connect";
}

/**
 * Every value `fn` returns is a checkout (`return pool.connect()`, `return await global.connection.connect()`, an
 * arrow whose body is one), and it returns at least one. A bare `return;` gives nothing and is allowed; any other
 * returned value makes it something else. Returns of nested functions are theirs, not `fn`'s.
 */
export function returnsOnlyCheckouts(fn: TSESTree.Node): boolean {
  if (!isFunction(fn)) return false;
  if (fn.body === null || fn.body === undefined) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isCheckoutValue(fn.body);
  let checkouts = 0;
  const other = someNodeBelow([fn.body.body], (node) => {
    if (isFunction(node)) return "skip";
    if (node.type !== AST_NODE_TYPES.ReturnStatement || !node.argument) return false;
    if (!isCheckoutValue(node.argument)) return true;
    checkouts += 1;
    return "skip";
  });
  return !other && checkouts > 0;
}
