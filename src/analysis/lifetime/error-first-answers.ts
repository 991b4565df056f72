// The ES5 error helper as an error check: `var handleError = function (err, client, done) { if (!err) return false;
// …; return true; }`, then `if (handleError(err, client, done)) return;` in a query callback (corpus:
// cuivienor/mnk-multiplayer, Chaotikum/icebox-service). Only its first statement, which runs its branch when `err` is
// not set, may answer falsy, so on every error the call answers true: the caller's `return` then leaves the callback,
// and a read of the result after it is no read of a failed call's result.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { type FunctionNode, isFunctionNode, unwrapExpression } from "../node-shapes.js";
import { truthyLiteral } from "./true-answers.js";

/**
 * Every answer `closure` can give while `name` is set is truthy: after a leading `if (!name) …` (no `else`), which
 * runs only when it is not set, every `return` of its own answers a truthy literal and the body ends in one (no falling
 * off its end, which answers undefined).
 */
export function answersErrorFirst(closure: FunctionNode, name: string): boolean {
  if (closure.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const [first, ...others] = closure.body.body;
  const rest = first?.type === AST_NODE_TYPES.IfStatement && !first.alternate && negates(first.test, name) ? others : closure.body.body;
  if (rest.at(-1)?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  return !someNodeBelow(rest, (node) => {
    if (isFunctionNode(node)) return "skip";
    return node.type === AST_NODE_TYPES.ReturnStatement && !truthyLiteral(node.argument);
  });
}

/** `!name`. */
function negates(test: TSESTree.Expression, name: string): boolean {
  const value = unwrapExpression(test);
  if (value.type !== AST_NODE_TYPES.UnaryExpression || value.operator !== "!") return false;
  const argument = unwrapExpression(value.argument);
  return argument.type === AST_NODE_TYPES.Identifier && argument.name === name;
}
