// A consumer that stops iterating an async generator early — `break` out of `for await`, a `return` or a throw in the
// loop's body, `iterator.return()` — resumes the generator at its pending `yield` as if that `yield` were a `return`:
// the generator's `finally` blocks run, its `catch` clauses do not. So a client held across a `yield` is given back on
// that path only by a `finally`. Only async generators are judged: a plain generator may be driven by co (koa 1),
// whose `yield` is an `await` that never returns early, and the analysis cannot tell which.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

/** Whether the consumer may end `owner`, an async generator, at this `yield` of its own. */
export function consumerMayStopAt(node: TSESTree.Node, owner: TSESTree.Node): node is TSESTree.YieldExpression {
  if (node.type !== AST_NODE_TYPES.YieldExpression) return false;
  if (!isAsyncGenerator(owner)) return false;
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionLike(current)) return current === owner;
  }
  return false;
}

/** The `finally` block the early return at `node` runs first, or null when it leaves `owner` straight away. */
export function returnTarget(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.BlockStatement | null {
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && child !== owner; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer && current.finalizer !== child) {
      return current.finalizer;
    }
    child = current;
  }
  return null;
}

function isAsyncGenerator(node: TSESTree.Node): boolean {
  return isFunctionLike(node) && node.async && node.generator === true;
}

function isFunctionLike(
  node: TSESTree.Node,
): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}
