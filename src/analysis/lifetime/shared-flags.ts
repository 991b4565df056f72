// A boolean flag guarding a release (`if (!sent) { … release() }`) is trusted as the code's own record of whether the
// client is held — when it belongs to one checkout. A flag declared outside a loop or a repeated callback
// (`items.forEach(async (item) => pool.connect(…))`, `socket.on(…)`) that makes the checkout is shared by every
// checkout made there: the first one sets it, and it says nothing about the others (Luckynotrich/ur-backend's
// review insert, where every later checkout ends holding its client).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isLoop } from "../ast-walk.js";
import { isFunctionNode } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;

/** Between the flag's declaration and the checkout `call` lies a loop, or a function handed to a call (it may repeat). */
export function flagSharedByCheckouts(flag: Variable, call: TSESTree.Node): boolean {
  const declared = flag.scope.block;
  // Declared inside the checkout itself (in its own `(err, client, done)` callback): each checkout makes its own.
  if (declared.range[0] >= call.range[0] && declared.range[1] <= call.range[1]) return false;
  for (let current = call.parent; current && current !== declared; current = current.parent) {
    if (isLoop(current)) return true;
    if (isFunctionNode(current) && current.parent?.type === AST_NODE_TYPES.CallExpression && current.parent.callee !== current) {
      return true;
    }
  }
  return false;
}
