// ESLint gives a `finally` block two segments when something can leave through it: the normal one, which goes on
// after the `try` statement, and a "leaving" one, which goes on to the function's exit (or an outer handler). Into
// the leaving one it draws an edge from the end of the block before the `finally` (the `try` block, or the `catch`
// when there is one) and from that block's first throwable node, whatever it is: its guess that the block may throw
// anywhere. The lifetime analysis models which calls throw itself (a throw point sends its state to every segment of
// the `finally`), so those guessed edges would send a held client out of the function after a `catch` that only
// logs, or a `try` that cannot throw (corpus: BruceFletcher/node-red-contrib-postgres-multi). The edges of a
// `return` or `throw` statement, and of an exception passing through a nested `finally`, are real and stay.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Segment } from "./segments.js";

/** ESLint numbers a path's segments in the order it makes them: the normal `finally` segment comes first. */
function creationIndex(segment: Segment): number {
  const match = /_(\d+)$/.exec(segment.id);
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * Whether `to`, a segment starting at `start`, is the leaving segment of a `finally` block: one of exactly two
 * segments starting there, the later made. Any other shape (a `finally` nested in another's two paths, an id that
 * cannot be read) says no, and every edge is kept as before.
 */
function isLeavingSegment(to: Segment, start: TSESTree.Node | undefined, startedAt: ReadonlyMap<TSESTree.Node, Segment[]>): start is TSESTree.BlockStatement {
  if (start?.type !== AST_NODE_TYPES.BlockStatement || start.parent.type !== AST_NODE_TYPES.TryStatement || start.parent.finalizer !== start) return false;
  const segments = startedAt.get(start) ?? [];
  if (segments.length !== 2) return false;
  const other = segments[0] === to ? segments[1]! : segments[0]!;
  return creationIndex(to) > creationIndex(other);
}

/**
 * False for ESLint's guessed edge into a `finally` block's leaving segment: from a segment that ends in no `return` or
 * `throw` statement, and is not on the way out of a `finally` nested in the protected blocks.
 */
export function isGuessedLeavingEdge(
  from: Segment,
  to: Segment,
  startNodeOf: (segment: Segment) => TSESTree.Node | undefined,
  exitNodeOf: (segment: Segment) => TSESTree.Node | undefined,
  startedAt: ReadonlyMap<TSESTree.Node, Segment[]>,
): boolean {
  const finalizer = startNodeOf(to);
  if (!isLeavingSegment(to, finalizer, startedAt)) return false;
  const exit = exitNodeOf(from);
  if (exit?.type === AST_NODE_TYPES.ReturnStatement || exit?.type === AST_NODE_TYPES.ThrowStatement) return false;
  const tryStatement = finalizer.parent as TSESTree.TryStatement;
  let child = startNodeOf(from);
  for (let current = child?.parent; child && current && child !== tryStatement; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child && current !== tryStatement) return false;
    child = current;
  }
  return true;
}
