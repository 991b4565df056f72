// How long the original code holds the client, so that the callback holds it exactly as long: from the checkout to
// the release on the straight path (a `c.release();` statement next to the checkout, or a `try` next to it whose
// `finally` releases). Code after that release stays outside the callback. Without such a release (released in a
// branch, a loop, a callback, or never) the callback runs to the end of the block, which is safe only when nothing
// that used to run after a release uses the pool: `pool.end()` waits for the client the callback still holds (a
// hang), and another checkout of the same pool can wait for it too.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { calleeName, methodCall, unwrapExpression } from "../node-shapes.js";
import { finallyRelease, guardedReleaseCall } from "./manual-client-block.js";

type Source = Readonly<TSESLint.SourceCode>;

/** The index in `statements` of the statement that ends the hold on the straight path, or -1. */
export function straightReleaseIndex(statements: readonly TSESTree.Statement[], clientName: string): number {
  return statements.findIndex(
    (statement) => guardedReleaseCall(statement, clientName) !== null || finallyRelease(statement, clientName) !== null,
  );
}

const POOL_METHODS = new Set(["end", "connect", "query"]);
const HELPERS = new Set(["withClient", "withTransaction"]);

/** What a call does to the pool written as `poolText`, or null when it does not use that pool. */
function poolUse(source: Source, call: TSESTree.CallExpression, poolText: string): string | null {
  const method = methodCall(call);
  if (method && POOL_METHODS.has(method.name) && source.getText(method.object) === poolText) {
    return `\`${poolText}.${method.name}()\``;
  }
  const name = calleeName(call);
  const first = call.arguments[0];
  if (name && HELPERS.has(name) && first && source.getText(unwrapExpression(first)) === poolText) {
    return `\`${name}(${poolText}, …)\``;
  }
  return null;
}

/**
 * Why the callback must not take in `nodes`: they end the pool or check out from it again (a hang while the callback
 * holds a client, whatever the original did), or — after `from`, where the original had released already — use the
 * pool at all. Null when the move is safe.
 */
export function poolUseReason(
  source: Source,
  nodes: readonly TSESTree.Node[],
  poolText: string,
  releasedFrom: number | null,
): string | null {
  let reason: string | null = null;
  for (const node of nodes) {
    walk(node, source.visitorKeys, (child) => {
      if (reason || child.type !== AST_NODE_TYPES.CallExpression) return !reason;
      const use = poolUse(source, child, poolText);
      if (!use) return true;
      const afterRelease = releasedFrom !== null && child.range[0] >= releasedFrom;
      if (afterRelease) {
        reason = `${use} runs after a \`release()\` that is not on every path, and would run while the callback still holds the client`;
      } else if (!use.endsWith(".query()`")) {
        reason = `${use} would run while the callback holds the client (\`end()\` waits for it, a second checkout can too)`;
      }
      return !reason;
    });
    if (reason) break;
  }
  return reason;
}

/** The offset of the first `c.release(…)` call inside `nodes`, or null when they never release. */
export function firstReleaseOffset(source: Source, nodes: readonly TSESTree.Node[], clientName: string): number | null {
  let first: number | null = null;
  for (const node of nodes) {
    walk(node, source.visitorKeys, (child) => {
      if (child.type !== AST_NODE_TYPES.CallExpression) return true;
      const method = methodCall(child);
      if (
        method?.name === "release" &&
        method.object.type === AST_NODE_TYPES.Identifier &&
        method.object.name === clientName &&
        (first === null || child.range[0] < first)
      ) {
        first = child.range[0];
      }
      return true;
    });
  }
  return first;
}
