// The parameters on which a function sends a callback-style query and returns without waiting for it
// (jcbain/tweet-collection's insert helpers: `(client, text, row) => { client.query(text, values, (err) => …); }`):
// pg calls back on a later tick, so when such a helper returns, the query is still queued or running on the client it
// was given. Read syntactically, for a function of the linted file or of a local module read from disk (no scopes):
// the function is neither async nor a generator, the parameter a plain name it never assigns, and the query — its
// callback written inline, the last of at least two arguments — a statement of the body's own list (or the concise
// body) that no earlier statement of that list leaves before.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";

/** The indexes of the parameters of `fn` that it sends a callback-style query on before returning. */
export function callbackQueryParameters(fn: TSESTree.FunctionLike): ReadonlySet<number> {
  const found = new Set<number>();
  const body = fn.body;
  if (fn.async || fn.generator || !body) return found;
  fn.params.forEach((param, index) => {
    if (param.type !== AST_NODE_TYPES.Identifier || assigns(body, param.name)) return;
    if (body.type !== AST_NODE_TYPES.BlockStatement) {
      if (isCallbackQueryOn(body, param.name)) found.add(index);
      return;
    }
    for (const statement of body.body) {
      if (statement.type === AST_NODE_TYPES.ExpressionStatement && isCallbackQueryOn(statement.expression, param.name)) {
        found.add(index);
        return;
      }
      if (leaves(statement)) return;
    }
  });
  return found;
}

/** `name.query(…, (err, res) => …)`: a query on `name` given an inline callback, which returns no promise. */
function isCallbackQueryOn(node: TSESTree.Node, name: string): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 2) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "query") return false;
  const receiver = unwrapExpression(callee.object);
  const last = unwrapExpression(call.arguments[call.arguments.length - 1]!);
  return receiver.type === AST_NODE_TYPES.Identifier && receiver.name === name && isFunction(last);
}

/** `name = …`, `name += …`, `name++` anywhere in `body`: the parameter may no longer be the caller's client. */
function assigns(body: TSESTree.Node, name: string): boolean {
  return someNodeBelow([body], (node) => {
    const target =
      node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : null;
    return target?.type === AST_NODE_TYPES.Identifier && target.name === name;
  });
}

function leaves(statement: TSESTree.Node): boolean {
  return statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement;
}
