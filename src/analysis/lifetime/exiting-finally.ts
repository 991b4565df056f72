// A dropped checkout (`await pool.connect();`, its client read by nobody) is reported as never released without its
// paths being followed: nothing holds the client to follow. That reading is wrong when every path after the checkout
// runs into a `finally` that ends the process, as in a one-off script's
// `await pool.connect(); try { await migrate(…); } catch (e) { … } finally { process.exit(); }` (corpus: prijindal's
// betro-server migration script): a return, a throw and the normal end all pass through the finally, and
// `process.exit()` there closes the connection with the process (process-exit.ts). Two places are sure to reach such
// a finally: the try's own block or its catch (the checkout anywhere inside, in the same function), and the statement
// right before the try (nothing runs in between). The finally must exit unconditionally: `process.exit(…)` at its top
// level, after nothing but logging, which does not throw by this analysis's contract (throw-points.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { statementList, unwrapExpression } from "../node-shapes.js";
import { isProcessExit } from "./process-exit.js";
import { isLoggingCall } from "./throw-points.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Whether every path from `node` on, within its function, reaches a `finally` that calls `process.exit()`. */
export function endsInExitingFinally(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && (child === parent.block || child === parent.handler)) {
      if (exitsProcess(parent.finalizer, sourceCode)) return true;
    }
    const list = statementList(child);
    const next = list ? (list[list.indexOf(child) + 1] ?? null) : null;
    if (next?.type === AST_NODE_TYPES.TryStatement && exitsProcess(next.finalizer, sourceCode)) return true;
  }
  return false;
}

/** A `finally` whose top level calls `process.exit(…)`, preceded by nothing but logging calls. */
function exitsProcess(finalizer: TSESTree.BlockStatement | null, sourceCode: SourceCode): boolean {
  for (const statement of finalizer?.body ?? []) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const expression = unwrapExpression(statement.expression);
    if (isProcessExit(sourceCode, expression)) return true;
    if (expression.type !== AST_NODE_TYPES.CallExpression || !isLoggingCall(expression)) return false;
  }
  return false;
}
