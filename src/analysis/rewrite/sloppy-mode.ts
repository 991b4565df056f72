// Whether code may run outside strict mode, where moving it into a callback changes which scope some of its names
// belong to: a function declared in a block (Annex B, block-functions.ts) and the `var`s a direct `eval` declares
// (moved-code-scan.ts, rewrite-33) belong to the enclosing function there, to the callback once moved.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { hasModuleSyntax } from "./import-insertion.js";

type Source = Readonly<TSESLint.SourceCode>;

function hasUseStrict(statements: readonly TSESTree.Node[]): boolean {
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === "use strict") return true;
  }
  return false;
}

/** Whether Node may run `node` in sloppy mode: no ES module syntax, no class and no "use strict" around it. */
export function maySloppilyRun(source: Source, node: TSESTree.Node): boolean {
  if (hasModuleSyntax(source.ast) || hasUseStrict(source.ast.body)) return false;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return false;
    if (isFunction(current) && current.body?.type === AST_NODE_TYPES.BlockStatement && hasUseStrict(current.body.body)) return false;
  }
  return true;
}
