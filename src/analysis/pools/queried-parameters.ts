// The parameters a function of another module runs queries on (`await connection.query("BEGIN")`, Shopmost's
// startTransaction): a value the linted file hands to such a function is used as a pg client there, which is reason
// enough to read the module of the call that produced it (lifetime/client-use.ts's cost gate; that module's own
// reading then decides whether the value is a checkout). Read from a module on disk: no scope analysis, so a nested
// function that declares a parameter of the same name is passed over, and a local of the same name is not seen; and
// only from a module module-pools.ts reads at all (one that imports pg, requires, re-exports, connects or releases,
// or sends a callback-style query).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";

/** The indexes of the plain parameters of `fn` that some `p.query(…)` in its body calls on. */
export function queriedParameters(fn: TSESTree.FunctionLike): ReadonlySet<number> {
  const found = new Set<number>();
  fn.params.forEach((param, index) => {
    if (param.type !== AST_NODE_TYPES.Identifier || !fn.body) return;
    const name = param.name;
    const queried = someNodeBelow([fn.body], (node) => {
      if (isFunction(node)) return node.params.some((inner) => inner.type === AST_NODE_TYPES.Identifier && inner.name === name) ? "skip" : false;
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "query") return false;
      const object = unwrapExpression(callee.object);
      return object.type === AST_NODE_TYPES.Identifier && object.name === name;
    });
    if (queried) found.add(index);
  });
  return found;
}
