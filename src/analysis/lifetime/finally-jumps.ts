// `break` and `continue` through a `finally`. ESLint's code paths send them straight to their target, skipping the
// `finally` blocks they leave, but those blocks still run on the way: a `finally` that releases the client releases it
// on that path too. For a leak that means the client is given back (the leak solver drops its state there); for a use
// after release it means a client already released on the path is released again: a retry loop whose `catch` releases
// and `continue`s while the `finally` releases once more (corpus: NazimRaianKhan/DRMC-Smart-Club-Operation's
// withTransaction), where pg throws "Release called on client which has already been released" in place of the retry.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { encloses } from "../node-shapes.js";
import { classifyReference } from "./client-references.js";
import type { Tracked } from "./lifetime-model.js";

/** The loop (or `switch`, or labelled statement) a `break`/`continue` goes to, or null past a function boundary. */
export function jumpTarget(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement): TSESTree.Node | null {
  for (let current: TSESTree.Node | undefined = jump.parent; current; current = current.parent) {
    if (jump.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === jump.label.name) return current.body;
      continue;
    }
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return current;
      case AST_NODE_TYPES.SwitchStatement:
        if (jump.type === AST_NODE_TYPES.BreakStatement) return current;
        break;
      default:
        if (current.type.includes("Function")) return null;
    }
  }
  return null;
}

/** The innermost `try` whose `finally` releases the client that the jump `exit` leaves through, if any. */
function releasingTryJumpedThrough(exit: TSESTree.Node, tracked: Tracked): TSESTree.TryStatement | null {
  if (exit.type !== AST_NODE_TYPES.BreakStatement && exit.type !== AST_NODE_TYPES.ContinueStatement) return null;
  const target = jumpTarget(exit);
  let child: TSESTree.Node = exit;
  for (let current: TSESTree.Node | undefined = exit.parent; current && current !== target; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.TryStatement &&
      current.finalizer !== child &&
      current.finalizer &&
      tracked.releaseTries.includes(current)
    ) {
      return current;
    }
    child = current;
  }
  return null;
}

/** Whether the jump `exit` leaves through a `finally` that releases the client (which still runs on that path). */
export function jumpsThroughReleasingFinally(exit: TSESTree.Node, tracked: Tracked): boolean {
  return releasingTryJumpedThrough(exit, tracked) !== null;
}

/**
 * The release that the `finally` the jump `exit` leaves through surely runs first: its first statement is an expression
 * statement whose first reference to the client releases it (`client.release();`, `await client.release();`). Null for
 * any other shape, read as before (the jump skipping the `finally`): a block that starts with a test, a declaration,
 * another call or a use of the client may not get there, or meets something else first.
 */
export function releaseAfterJump(exit: TSESTree.Node, tracked: Tracked): TSESTree.Identifier | null {
  const acquisition = tracked.acquisition;
  const first = releasingTryJumpedThrough(exit, tracked)?.finalizer?.body[0];
  if (!acquisition || first?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const node = [...(acquisition.client?.references ?? []), ...(acquisition.releaseFunction?.references ?? [])]
    .map((reference) => reference.identifier as TSESTree.Identifier)
    .filter((identifier) => encloses(first, identifier))
    .sort((a, b) => a.range[0] - b.range[0])[0];
  return node && classifyReference(node, acquisition) === "release" ? node : null;
}
