// `process.exit(…)` ends the process where it is called: it never returns, and no `catch` or `finally` runs after it.
// A client still held there is not leaked — the connection closes with the process — so a path that reaches such a
// call ends, rather than going on (as a call that may throw would) to the `finally` and out of the function
// (corpus: manasdb's test script, `catch (err) { console.error(…); process.exit(1); }` with the release in the try).
// Only the global `process` counts: a local binding of that name may have an `exit` that returns.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";

/** `process.exit()`, `process.exit(1)`, with `process` Node's global (no declaration of that name in scope). */
export function isProcessExit(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.optional) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || memberPropertyName(callee) !== "exit") return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "process") return false;
  const variable = findVariable(sourceCode.getScope(object), object);
  return variable === null || variable.defs.length === 0;
}

/** Whether some segment of `codePath` records an `end` event (a reached `process.exit(…)`). */
export function reachesProcessExit(codePath: TSESLint.CodePath, eventsOf: (segment: TSESLint.CodePathSegment) => readonly { type: string }[]): boolean {
  const seen = new Set<TSESLint.CodePathSegment>();
  const stack = [codePath.initialSegment];
  while (stack.length > 0) {
    const segment = stack.pop()!;
    if (seen.has(segment)) continue;
    seen.add(segment);
    if (segment.reachable && eventsOf(segment).some((event) => event.type === "end")) return true;
    stack.push(...segment.nextSegments);
  }
  return false;
}
