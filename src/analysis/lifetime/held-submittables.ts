// `const cursor = new Cursor(sql); client.query(cursor);` with `Cursor` from pg-cursor (or pg-query-stream): building
// the submittable that pg is then handed is no throw point, as `client.query(new Cursor(sql))` written inline is not
// (throw-points.ts: pg takes a submittable without throwing, its errors arrive as events). Only a `const` declared
// with the `new` as its value and given to some `.query(…)` as the submittable (its first argument) is taken, only
// for a class imported or required from those packages under any name (a class the file does not show to be theirs
// — a parameter, a member of the project's module such as erc83/desafio-mi-bank's `new db.Cursor(…)` — may throw),
// and only when the SQL text is all the constructor gets: pg-cursor prepares the values it is given at once, which
// throws for a value whose `toPostgres` or JSON form does (VitalyOstanin/postgres-mcp's `new QueryStream(query,
// params)` before the try is reported for that).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isSubmittableClass } from "./submittable-evidence.js";

/** `node` is the value of a `const` that some `.query(…)` call is given as its first argument. */
export function isHeldSubmission(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.NewExpression): boolean {
  const declarator = parentSkippingWrappers(node);
  if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return false;
  if (!isSubmittableClass(node.callee, sourceCode)) return false;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    !declarator.init ||
    unwrapExpression(declarator.init) !== node ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== "const"
  ) {
    return false;
  }
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  return (
    variable?.references.some((reference) => {
      const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
      return (
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.arguments[0] !== undefined &&
        unwrapExpression(call.arguments[0]) === reference.identifier &&
        methodCall(call)?.name === "query"
      );
    }) === true
  );
}
