// `await pool.end()` while a client of that pool is held. pg-pool's end() settles only once every checked-out client
// has come back (it ends the idle ones, then waits for the rest), so awaiting it with a client held waits for ever:
// the path stops there, nothing after it runs, and the client is never released — because of whatever left it held
// (a call that threw into a `catch` that only logs, say). Naming that `await` as the throw point would point at the
// wrong line (MisaelViana2015/sistema_principal's migrate-tires.ts: `finally { await pool.end(); process.exit(0); }`).
// end() itself never throws synchronously (a second call rejects), so the call is no throw point on that path either.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, methodCall, unwrapExpression } from "../node-shapes.js";

/**
 * The pool `node` ends — `P` of a `P.end()` call with no argument, of `await P.end()`, or of an `await` of a chain
 * on it (`await P.end().catch(() => {})`: a handler runs only once end() has settled, so the chain waits as long;
 * truffle-ai/dexto's PostgresStore.connect) — else null.
 */
export function endedPool(node: TSESTree.Node): TSESTree.Node | null {
  const call = node.type === AST_NODE_TYPES.AwaitExpression ? chainRoot(unwrapExpression(node.argument)) : node;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0) return null;
  const method = methodCall(call);
  return method?.name === "end" && isReference(method.object) ? method.object : null;
}

/** `x` of `x.then(…)`, `x.catch(…)`, `x.finally(…)`, through any number of them; any other node itself. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.CallExpression) return node;
  const method = methodCall(node);
  return method && ["then", "catch", "finally"].includes(method.name) ? chainRoot(unwrapExpression(method.object)) : node;
}

/** `pool`, `this.pool`, `db.pool`: a name or a chain of plain property reads on one, the only shapes compared. */
function isReference(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.ThisExpression) return true;
  return expression.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(expression) !== null && isReference(expression.object);
}

/** Whether `a` and `b` name the same pool by the same words (`pool` and `pool`, `this.pool` and `this.pool`). */
export function sameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = unwrapExpression(a);
  const right = unwrapExpression(b);
  if (left.type === AST_NODE_TYPES.ThisExpression || right.type === AST_NODE_TYPES.ThisExpression) return left.type === right.type;
  if (left.type === AST_NODE_TYPES.Identifier || right.type === AST_NODE_TYPES.Identifier) {
    return left.type === AST_NODE_TYPES.Identifier && right.type === AST_NODE_TYPES.Identifier && left.name === right.name;
  }
  if (left.type !== AST_NODE_TYPES.MemberExpression || right.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = memberPropertyName(left);
  return name !== null && name === memberPropertyName(right) && sameReference(left.object, right.object);
}
